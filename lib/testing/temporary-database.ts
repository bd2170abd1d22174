import { createHash, randomBytes } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
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
 *
 * Migrating takes seconds (`prisma migrate deploy` is a child process) and the suite makes
 * dozens of databases, so each kind is migrated once per set of migrations, into a template
 * named by their content, and copied from then on: a file copy for SQLite, `CREATE DATABASE …
 * TEMPLATE` for PostgreSQL. A changed migration gets a new template.
 */
export async function createTemporaryDatabase(
  provider: "sqlite" | "postgresql",
  { migrated = true }: { migrated?: boolean } = {},
): Promise<TemporaryDatabase> {
  if (provider === "sqlite") {
    const dir = mkdtempSync(path.join(tmpdir(), "dateline-test-"));
    const file = path.join(dir, "test.db");
    const url = `file:${file}`;
    if (migrated) copyFileSync(sqliteTemplate(), file);
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
  await adminQuery(
    migrated ? `CREATE DATABASE ${name} TEMPLATE ${await postgresTemplate()}` : `CREATE DATABASE ${name}`,
  );
  const url = databaseUrl(name);
  const db = createPrismaClient(parseDatabaseUrl(url));
  return {
    url,
    db,
    drop: async () => {
      await db.$disconnect();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** A short hash of every migration of both databases: the templates' names. */
function migrationsKey(): string {
  const hash = createHash("sha256");
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .flatMap((entry) =>
        entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
      )
      .sort();
  for (const file of [...files("prisma/migrations"), ...files("prisma/postgres/migrations")]) {
    hash.update(file).update(readFileSync(file));
  }
  return hash.digest("hex").slice(0, 16);
}

function sqliteTemplate(): string {
  const template = path.join(tmpdir(), `dateline-template-${migrationsKey()}.db`);
  if (existsSync(template)) return template;
  const dir = mkdtempSync(path.join(tmpdir(), "dateline-template-build-"));
  const file = path.join(dir, "template.db");
  runMigrations(parseDatabaseUrl(`file:${file}`), `file:${file}`);
  // Everything into the main file, so that a copy of that one file is the whole database.
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.close();
  // A rename is atomic: a test running at the same time sees no template or a whole one.
  renameSync(file, template);
  rmSync(dir, { recursive: true, force: true });
  return template;
}

let postgresTemplateName: Promise<string> | undefined;

function postgresTemplate(): Promise<string> {
  postgresTemplateName ??= makePostgresTemplate();
  return postgresTemplateName;
}

async function makePostgresTemplate(): Promise<string> {
  const template = `dateline_template_${migrationsKey()}`;
  const found = await adminQuery(`SELECT 1 FROM pg_database WHERE datname = $1`, [template]);
  if (found.rowCount) return template;
  const building = `dateline_template_build_${randomBytes(6).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${building}`);
  runMigrations(parseDatabaseUrl(databaseUrl(building)), databaseUrl(building));
  try {
    // Atomic, like the SQLite rename; if another run made the template meanwhile, theirs serves.
    await adminQuery(`ALTER DATABASE ${building} RENAME TO ${template}`);
  } catch {
    await adminQuery(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
  }
  return template;
}

function databaseUrl(name: string): string {
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

// Database names cannot be bound parameters; the names above are ours, made of hex digits only.
async function adminQuery(sql: string, values: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: postgresAdminUrl });
  await client.connect();
  try {
    return await client.query(sql, values);
  } finally {
    await client.end();
  }
}
