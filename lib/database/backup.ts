import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import type { DatabaseTarget } from "./database-url";
import { backupPostgres, postgresContents, restorePostgres } from "./postgres-backup";
import { backupSqlite, restoreSqlite, sqliteContents } from "./sqlite-backup";

/** Tables outside the system's own, and the migrations recorded as applied, by name. */
export type DatabaseContents = { tables: number; migrations: string[] };

function contentsOf(target: DatabaseTarget): Promise<DatabaseContents> {
  return target.provider === "sqlite"
    ? Promise.resolve(sqliteContents(target.file))
    : postgresContents(target.url);
}

function describe(target: DatabaseTarget): string {
  if (target.provider === "sqlite") return `the SQLite database ${target.file}`;
  const url = new URL(target.url);
  return `the PostgreSQL database ${decodeURIComponent(url.pathname.slice(1))} on ${url.host}`;
}

function migrationsLine({ migrations }: DatabaseContents): string {
  if (migrations.length === 0) return "no migrations recorded";
  return `${migrations.length} migrations recorded, the last ${migrations.at(-1)}`;
}

/**
 * Writes a consistent backup of the live database to `file` (SQLite: VACUUM INTO; PostgreSQL:
 * pg_dump -Fc), never over an existing file. Returns what it did, in a sentence.
 */
export async function backupDatabase(target: DatabaseTarget, file: string): Promise<string> {
  const out = path.resolve(file);
  mkdirSync(path.dirname(out), { recursive: true });
  if (target.provider === "sqlite") backupSqlite(target.file, out);
  else await backupPostgres(target.url, out);
  return `Backed up ${describe(target)} to ${out}.`;
}

/**
 * Restores a backup made by backupDatabase into the database of `target`, which must be empty
 * (no tables) unless `force` is given; then it is replaced. Returns what it did, in sentences.
 */
export async function restoreDatabase(
  target: DatabaseTarget,
  file: string,
  { force = false }: { force?: boolean } = {},
): Promise<string> {
  const from = path.resolve(file);
  if (!existsSync(from)) throw new Error(`There is no backup at ${from}`);
  const before = await contentsOf(target);
  if (before.tables > 0 && !force) {
    throw new Error(
      `Refused: ${describe(target)} is not empty (${before.tables} tables, ${migrationsLine(before)}). ` +
        "Restore into an empty database, or add --force to replace everything in it.",
    );
  }
  if (target.provider === "sqlite") await restoreSqlite(from, target.file);
  else await restorePostgres(from, target.url, before.tables > 0);
  const after = await contentsOf(target);
  const replaced = before.tables > 0 ? `replacing its ${before.tables} tables` : "which was empty";
  return (
    `Restored ${from} into ${describe(target)}, ${replaced}: ${after.tables} tables, ${migrationsLine(after)}. ` +
    "Start the site as usual; npm start applies any migration newer than the backup."
  );
}
