// Prisma's CLI (generate, migrate deploy, migrate diff) with the JavaScript schema engine,
// which works offline. The schema and migrations follow DATABASE_URL like the app does.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { defineConfig } from "prisma/config";
import { parseDatabaseUrl, schemaPathFor } from "./lib/database/database-url";

const target = parseDatabaseUrl(process.env.DATABASE_URL);

/**
 * Prisma 6.19's migrate commands cannot deserialize PostgreSQL's `name` (OID 19) and
 * `"char"` (OID 18) catalog columns through the pg adapter (prisma/orm#27403);
 * reporting them as `text` (OID 25) lets migrate read its own catalog queries.
 */
class CatalogFriendlyClient extends pg.Client {
  // pg's overloads cannot be restated generically; the runtime shape is what matters here.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const last = args.at(-1);
    if (typeof last === "function") {
      // pg.Pool#query calls us with a callback.
      args[args.length - 1] = (error: Error | null, res: pg.QueryResult) =>
        last(error, error ? res : asText(res));
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result = (super.query as (...a: any[]) => any)(...args);
    return result && typeof result.then === "function" ? result.then(asText) : result;
  }
}

function asText(res: pg.QueryResult): pg.QueryResult {
  for (const field of res?.fields ?? []) {
    if (field.dataTypeID === 19 || field.dataTypeID === 18) field.dataTypeID = 25;
  }
  return res;
}

/**
 * The pg adapter runs a migration by splitting it at every ";" (its executeScript), which cuts
 * PL/pgSQL function bodies apart. PostgreSQL's simple query protocol takes the whole script as one
 * query, as psql sends it, and runs it as one transaction.
 */
class WholeScriptPg extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const pool = adapter.underlyingDriver() as pg.Pool;
    adapter.executeScript = async (script: string) => {
      try {
        await pool.query(script);
      } catch (error) {
        (adapter as unknown as { onError(error: unknown): never }).onError(error);
      }
    };
    return adapter;
  }
}

function postgresAdapter(url: string) {
  // Discrete fields, not a connectionString: with a connection string the adapter's
  // shadow-database step was seen applying history to the main database.
  const parsed = new URL(url);
  return new WholeScriptPg({
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username) || undefined,
    password: decodeURIComponent(parsed.password) || undefined,
    database: decodeURIComponent(parsed.pathname.slice(1)),
    Client: CatalogFriendlyClient,
  });
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: schemaPathFor(target.provider),
  async adapter() {
    return target.provider === "sqlite"
      ? new PrismaBetterSQLite3({ url: `file:${target.file}` })
      : postgresAdapter(target.url);
  },
});
