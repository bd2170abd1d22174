import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import {
  assertFreeName,
  assertStartsWith,
  discardPartial,
  partialFileFor,
  publishBackup,
} from "./backup-file";
import type { DatabaseContents } from "./backup";
import { SQLITE_BUSY_TIMEOUT_MS as BUSY_TIMEOUT_MS } from "./create-client";

/**
 * A consistent copy of a live SQLite database. VACUUM INTO reads one snapshot in a single read
 * transaction, so writers carry on (WAL) and the copy never restarts, as the online backup API
 * does each time another connection writes.
 */
export function backupSqlite(source: string, file: string): void {
  if (!existsSync(source)) throw new Error(`There is no SQLite database at ${source}`);
  assertFreeName(file);
  const partial = partialFileFor(file);
  try {
    const db = new Database(source, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    try {
      db.prepare("VACUUM INTO ?").run(partial);
    } finally {
      db.close();
    }
    assertIntact(partial);
    publishBackup(partial, file);
  } catch (error) {
    discardPartial(partial);
    throw error;
  }
}

/** What a SQLite database holds: no file is an empty database. */
export function sqliteContents(file: string): DatabaseContents {
  if (!existsSync(file)) return { tables: 0, migrations: [] };
  const db = new Database(file, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  try {
    const tables = db
      .prepare("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'")
      .pluck()
      .get() as number;
    const hasMigrations = db
      .prepare("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'")
      .pluck()
      .get();
    const migrations = hasMigrations
      ? (db
          .prepare(
            "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name",
          )
          .pluck()
          .all() as string[])
      : [];
    return { tables, migrations };
  } finally {
    db.close();
  }
}

/**
 * Copies a backup into the database file through SQLite's backup API, which writes the target
 * as one transaction of SQLite's own (its WAL included), where copying the file over it could
 * meet an old WAL that SQLite would then replay onto the new file.
 */
export async function restoreSqlite(file: string, target: string): Promise<void> {
  assertStartsWith(file, "SQLite format 3\0", "a SQLite backup");
  assertIntact(file);
  mkdirSync(path.dirname(target), { recursive: true });
  const backup = new Database(file, { readonly: true, fileMustExist: true });
  try {
    await backup.backup(target);
  } finally {
    backup.close();
  }
  // VACUUM INTO writes a rollback-journal file; the app's database runs in WAL.
  const restored = new Database(target, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  try {
    restored.pragma("journal_mode = WAL");
  } finally {
    restored.close();
  }
}

function assertIntact(file: string): void {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const result = db.pragma("integrity_check", { simple: true });
    if (result !== "ok") throw new Error(`${file} fails SQLite's integrity check: ${String(result)}`);
  } finally {
    db.close();
  }
}
