import { readdirSync } from "node:fs";
import path from "node:path";
import type { Redis } from "ioredis";
import type { Database } from "../database/create-client";
import type { DatabaseTarget } from "../database/database-url";

export type ReadinessDeps = {
  db: Database;
  database: DatabaseTarget;
  redis?: Redis;
  /** The project folder, whose prisma/ holds the committed migrations. */
  dir: string;
};

const counted = new Map<string, number>();

/** How many migrations this checkout ships for the database in use (read once per folder: probes come often). */
export function committedMigrations(dir: string, database: DatabaseTarget): number {
  const folder = path.join(
    dir,
    "prisma",
    ...(database.provider === "postgresql" ? ["postgres"] : []),
    "migrations",
  );
  let count = counted.get(folder);
  if (count === undefined) {
    count = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory()).length;
    counted.set(folder, count);
  }
  return count;
}

/**
 * What keeps this instance from taking traffic, as short names for the log (never for the
 * public): database, migrations, redis. Empty when ready. (Draining is the HTTP server's.)
 */
export async function readinessProblems({ db, database, redis, dir }: ReadinessDeps): Promise<string[]> {
  const problems: string[] = [];
  const expected = committedMigrations(dir, database);
  const checks: Array<Promise<void>> = [
    db
      .$queryRawUnsafe<Array<{ applied: number | bigint }>>(
        // A constant statement: no visitor input reaches it.
        `SELECT COUNT(*) AS applied FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      )
      .then(
        (rows) => {
          if (Number(rows[0]?.applied ?? 0) < expected) problems.push("migrations");
        },
        () => void problems.push("database"),
      ),
  ];
  if (redis) {
    checks.push(
      redis.ping().then(
        () => undefined,
        () => void problems.push("redis"),
      ),
    );
  }
  await Promise.all(checks);
  return problems;
}
