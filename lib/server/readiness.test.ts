import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../database/create-client";
import { parseDatabaseUrl, type DatabaseTarget } from "../database/database-url";
import { redisAnswers, testRedisUrl } from "../testing/redis-answers";
import {
  createTemporaryDatabase,
  postgresAnswers,
  type TemporaryDatabase,
} from "../testing/temporary-database";
import { committedMigrations, readinessProblems } from "./readiness";

const redisUrl = testRedisUrl;

/** A client for a port nobody listens on: every command fails at once. */
function unreachableRedis(): Redis {
  const redis = new Redis("redis://127.0.0.1:1", {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    lazyConnect: true,
    retryStrategy: () => null,
  });
  redis.on("error", () => {});
  return redis;
}

/** A database that cannot be reached, of the given kind. */
function unreachableTarget(provider: "sqlite" | "postgresql"): DatabaseTarget {
  return parseDatabaseUrl(
    provider === "sqlite" ? "file:/nonexistent/dateline/x.db" : "postgresql://postgres@127.0.0.1:1/nothing",
  );
}

const dir = process.cwd();
const redisUp = await redisAnswers();
const providers = ["sqlite", ...((await postgresAnswers()) ? ["postgresql" as const] : [])] as const;

describe("committedMigrations", () => {
  const project = mkdtempSync(path.join(tmpdir(), "dateline-migrations-"));

  beforeAll(() => {
    for (const name of ["20260101000000_a", "20260102000000_b"]) {
      mkdirSync(path.join(project, "prisma", "migrations", name), { recursive: true });
    }
    writeFileSync(path.join(project, "prisma", "migrations", "migration_lock.toml"), 'provider = "sqlite"\n');
    for (const name of ["20260101000000_a", "20260102000000_b", "20260103000000_c"]) {
      mkdirSync(path.join(project, "prisma", "postgres", "migrations", name), { recursive: true });
    }
  });

  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it("counts the migration folders of the database in use, not the lock file", () => {
    expect(committedMigrations(project, { provider: "sqlite", file: "/x.db" })).toBe(2);
    expect(committedMigrations(project, { provider: "postgresql", url: "postgresql://x/y" })).toBe(3);
  });
});

describe.each(providers)("readinessProblems on %s", (provider) => {
  let temp: TemporaryDatabase;

  beforeAll(async () => {
    temp = await createTemporaryDatabase(provider);
  });

  afterAll(async () => {
    await temp?.drop();
  });

  const check = (redis?: Redis) =>
    readinessProblems({ db: temp.db, database: parseDatabaseUrl(temp.url), redis, dir });

  it("finds nothing wrong with a migrated database and no Redis", async () => {
    const problems = await check();

    expect(problems).toEqual([]);
  });

  it.skipIf(!redisUp)("finds nothing wrong with a migrated database and Redis answering", async () => {
    const redis = new Redis(redisUrl);
    try {
      const problems = await check(redis);

      expect(problems).toEqual([]);
    } finally {
      await redis.quit();
    }
  });

  it("names redis when Redis does not answer", async () => {
    const redis = unreachableRedis();
    try {
      const problems = await check(redis);

      expect(problems).toEqual(["redis"]);
    } finally {
      redis.disconnect();
    }
  });

  it("names the database when it cannot be reached", async () => {
    const database = unreachableTarget(provider);
    const db = createPrismaClient(database);
    try {
      const problems = await readinessProblems({ db, database, dir });

      expect(problems).toEqual(["database"]);
    } finally {
      await db.$disconnect().catch(() => {});
    }
  });

  it("names the database and redis when neither answers", async () => {
    const database = unreachableTarget(provider);
    const db = createPrismaClient(database);
    const redis = unreachableRedis();
    try {
      const problems = await readinessProblems({ db, database, redis, dir });

      expect([...problems].sort()).toEqual(["database", "redis"]);
    } finally {
      redis.disconnect();
      await db.$disconnect().catch(() => {});
    }
  });

  describe("with a migration missing", () => {
    let behind: TemporaryDatabase;
    const checkBehind = () =>
      readinessProblems({ db: behind.db, database: parseDatabaseUrl(behind.url), dir });

    beforeAll(async () => {
      behind = await createTemporaryDatabase(provider);
    });

    afterAll(async () => {
      await behind?.drop();
    });

    it("names migrations when a committed migration was rolled back", async () => {
      // A constant statement: marks the newest migration rolled back.
      await behind.db.$executeRawUnsafe(
        `UPDATE "_prisma_migrations" SET rolled_back_at = finished_at WHERE migration_name = (SELECT MAX(migration_name) FROM "_prisma_migrations")`,
      );

      const problems = await checkBehind();

      expect(problems).toEqual(["migrations"]);
    });

    it("names migrations when a committed migration was never applied", async () => {
      // A constant statement: forgets the newest migration.
      await behind.db.$executeRawUnsafe(
        `DELETE FROM "_prisma_migrations" WHERE migration_name = (SELECT MAX(migration_name) FROM "_prisma_migrations")`,
      );

      const problems = await checkBehind();

      expect(problems).toContain("migrations");
    });
  });
});
