import { execFile } from "node:child_process";
import { promisify } from "node:util";
import pg from "pg";
import type { DatabaseContents } from "./backup";
import {
  assertFreeName,
  assertStartsWith,
  discardPartial,
  partialFileFor,
  publishBackup,
} from "./backup-file";

const run = promisify(execFile);

/** Parameters of Prisma's URL dialect that libpq (pg_dump, pg_restore) refuses. */
const prismaOnlyParameters = [
  "schema",
  "connection_limit",
  "pool_timeout",
  "pgbouncer",
  "statement_cache_size",
  "socket_timeout",
  "sslaccept",
];

/**
 * The app's DATABASE_URL as pg_dump and pg_restore take it: without Prisma's own parameters
 * (the app uses the database's default schema whatever `?schema=` says), and with the password
 * in the environment rather than on the command line, where any user's `ps` would show it.
 */
export function libpqTarget(databaseUrl: string): { uri: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  for (const name of prismaOnlyParameters) url.searchParams.delete(name);
  const password = decodeURIComponent(url.password);
  url.password = "";
  return { uri: url.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

async function runClientTool(tool: "pg_dump" | "pg_restore", args: string[], env: NodeJS.ProcessEnv) {
  try {
    await run(tool, args, { env, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const { code, stderr } = error as { code?: unknown; stderr?: string };
    if (code === "ENOENT")
      throw new Error(
        `${tool} is not installed: install PostgreSQL's client tools (Debian: postgresql-client), of the server's major version or newer`,
      );
    throw new Error(`${tool} failed: ${stderr?.trim() || (error as Error).message}`);
  }
}

/**
 * pg_dump's custom format of the whole database: one snapshot (a repeatable-read transaction),
 * so writers carry on and the dump holds exactly what had committed when it began. Owners and
 * grants are left out: the restore's user owns what it restores.
 */
export async function backupPostgres(databaseUrl: string, file: string): Promise<void> {
  assertFreeName(file);
  const { uri, env } = libpqTarget(databaseUrl);
  const partial = partialFileFor(file);
  try {
    await runClientTool(
      "pg_dump",
      ["--format=custom", "--no-owner", "--no-privileges", `--file=${partial}`, `--dbname=${uri}`],
      env,
    );
    publishBackup(partial, file);
  } catch (error) {
    discardPartial(partial);
    throw error;
  }
}

async function withClient<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** What a PostgreSQL database holds outside the system schemas. */
export function postgresContents(databaseUrl: string): Promise<DatabaseContents> {
  return withClient(databaseUrl, async (client) => {
    const { rows } = await client.query<{ tables: number }>(
      `SELECT COUNT(*)::int AS tables FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')
         AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'`,
    );
    const tables = rows[0]?.tables ?? 0;
    const exists = await client.query(
      `SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS present`,
    );
    if (!exists.rows[0]?.present) return { tables, migrations: [] };
    const applied = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM public._prisma_migrations
       WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    );
    return { tables, migrations: applied.rows.map((row) => row.migration_name) };
  });
}

/**
 * Restores a pg_dump -Fc file in one transaction. With `replace`, the public schema (where the
 * app's tables live) is dropped and made again first, as `npm run db:reset` does; that step is
 * its own transaction, so a restore that then fails leaves the database empty, not half old.
 */
export async function restorePostgres(file: string, databaseUrl: string, replace: boolean): Promise<void> {
  assertStartsWith(file, "PGDMP", "a PostgreSQL backup (pg_dump's custom format)");
  if (replace) {
    await withClient(databaseUrl, (client) =>
      client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;"),
    );
  }
  const { uri, env } = libpqTarget(databaseUrl);
  await runClientTool(
    "pg_restore",
    ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${uri}`, file],
    env,
  );
}
