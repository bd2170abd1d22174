import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "../generated/postgres/client";
import { PrismaClient as SqliteClient } from "../generated/sqlite/client";
import type { DatabaseTarget } from "./database-url";
import { noteDatabaseFailure, noteDatabaseSuccess } from "./unavailable";

/** How long a SQLite writer waits for a lock before giving up (better-sqlite3's busy timeout). */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/**
 * WAL, and synchronous=FULL so that a write SQLite has acknowledged (a comment the reader was
 * told is posted) survives a power cut, not only a crash of the process: under NORMAL the WAL
 * is synced only at checkpoints, so the last commits may roll back. synchronous is a setting of
 * the connection, not of the file, and the adapter has no hook for it: it is set on connect.
 * The cost is measured in docs/adr/0010-backups-and-durability.md.
 */
const SQLITE_CONNECTION_PRAGMAS = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;";

class DurableSqliteAdapter extends PrismaBetterSQLite3 {
  override async connect() {
    const adapter = await super.connect();
    await adapter.executeScript(SQLITE_CONNECTION_PRAGMAS);
    return adapter;
  }
}

function withFailureNotes<Client extends SqliteClient>(client: Client) {
  return client.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          const result = await query(args);
          noteDatabaseSuccess();
          return result;
        } catch (error) {
          noteDatabaseFailure(error);
          throw error;
        }
      },
    },
  });
}

/**
 * Both generated clients share one model API (they come from the same schema source),
 * so the PostgreSQL client is typed as the SQLite one. See docs/adr/0001.
 */
export type Database = ReturnType<typeof withFailureNotes<SqliteClient>>;

/** The client an interactive transaction hands its callback. */
export type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];

export function createPrismaClient(target: DatabaseTarget): Database {
  if (target.provider === "sqlite") {
    const adapter = new DurableSqliteAdapter({ url: `file:${target.file}`, timeout: SQLITE_BUSY_TIMEOUT_MS });
    return withFailureNotes(new SqliteClient({ adapter }));
  }
  const adapter = new PrismaPg({ connectionString: target.url, max: 10, connectionTimeoutMillis: 5000 });
  return withFailureNotes(new PostgresClient({ adapter }) as unknown as SqliteClient);
}
