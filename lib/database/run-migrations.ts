import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { DatabaseTarget } from "./database-url";

/**
 * Applies the committed migrations for the target (`prisma migrate deploy`), creating
 * the SQLite file and putting it in WAL mode, which the file then keeps.
 */
export function runMigrations(target: DatabaseTarget, databaseUrl: string | undefined): void {
  if (target.provider === "sqlite") {
    mkdirSync(path.dirname(target.file), { recursive: true });
    const sqlite = new Database(target.file);
    sqlite.pragma("journal_mode = WAL");
    sqlite.close();
  }
  const prisma = path.join(process.cwd(), "node_modules", ".bin", "prisma");
  execFileSync(prisma, ["migrate", "deploy"], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, DATABASE_URL: databaseUrl ?? "" },
  });
}
