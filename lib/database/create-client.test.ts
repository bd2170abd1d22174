import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTemporaryDatabase, type TemporaryDatabase } from "../testing/temporary-database";
import { createPrismaClient } from "./create-client";
import { parseDatabaseUrl } from "./database-url";

describe("a SQLite client made by createPrismaClient", () => {
  let temp: TemporaryDatabase;
  beforeAll(async () => {
    temp = await createTemporaryDatabase("sqlite");
  });
  afterAll(async () => {
    await temp?.drop();
  });

  const pragma = async (db: TemporaryDatabase["db"], name: "journal_mode" | "synchronous") => {
    const [row] = await db.$queryRawUnsafe<Array<Record<string, unknown>>>(`PRAGMA ${name}`);
    return String(Object.values(row ?? {})[0]);
  };

  it("writes in WAL mode with synchronous=FULL (2), so an acknowledged write survives power loss", async () => {
    expect(await pragma(temp.db, "journal_mode")).toBe("wal");
    expect(await pragma(temp.db, "synchronous")).toBe("2");
  });

  it("asks for FULL again on every connection: it is not kept in the file", async () => {
    await temp.db.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
    expect(await pragma(temp.db, "synchronous")).toBe("1");
    const second = createPrismaClient(parseDatabaseUrl(temp.url));
    try {
      expect(await pragma(second, "synchronous")).toBe("2");
      await second.$disconnect();
      await second.$connect();
      expect(await pragma(second, "synchronous")).toBe("2");
    } finally {
      await second.$disconnect();
    }
  });
});
