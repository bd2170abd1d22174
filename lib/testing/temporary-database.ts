import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { createPrismaClient, type Database } from "../database/create-client";
import { parseDatabaseUrl } from "../database/database-url";
import { runMigrations } from "../database/run-migrations";
import { serviceAnswers } from "./service-answers";

/** Where tests create and drop their throwaway PostgreSQL databases. */
export const postgresAdminUrl = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

export type TemporaryDatabase = { url: string; db: Database; drop: () => Promise<void> };

/** Whether PostgreSQL answers; under CI it must, elsewhere its tests are skipped with a note. */
export function postgresAnswers(): Promise<boolean> {
  return serviceAnswers("PostgreSQL", postgresAdminUrl, async () => {
    const client = new pg.Client({ connectionString: postgresAdminUrl, connectionTimeoutMillis: 2000 });
    await client.connect();
    await client.end();
  });
}

/**
 * A migrated, empty database of the given kind that the caller drops when done; with
 * `migrated: false`, one with no tables at all (for SQLite, no file until the first query).
 */
export async function createTemporaryDatabase(
  provider: "sqlite" | "postgresql",
  { migrated = true }: { migrated?: boolean } = {},
): Promise<TemporaryDatabase> {
  if (provider === "sqlite") {
    const dir = mkdtempSync(path.join(tmpdir(), "dateline-test-"));
    const url = `file:${path.join(dir, "test.db")}`;
    if (migrated) runMigrations(parseDatabaseUrl(url), url);
    const db = createPrismaClient(parseDatabaseUrl(url));
    return {
      url,
      db,
      drop: async () => {
        await db.$disconnect();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `dateline_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  if (migrated) runMigrations(parseDatabaseUrl(url.toString()), url.toString());
  const db = createPrismaClient(parseDatabaseUrl(url.toString()));
  return {
    url: url.toString(),
    db,
    drop: async () => {
      await db.$disconnect();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

// Database names cannot be bound parameters; `name` above is ours, made of hex digits only.
async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresAdminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
