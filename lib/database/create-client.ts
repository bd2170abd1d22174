import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "../generated/postgres/client";
import { PrismaClient as SqliteClient } from "../generated/sqlite/client";
import type { DatabaseTarget } from "./database-url";
import { noteDatabaseFailure, noteDatabaseSuccess } from "./unavailable";

/** How long a SQLite writer waits for a lock before giving up (better-sqlite3's busy timeout). */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

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

export function createPrismaClient(target: DatabaseTarget): Database {
  if (target.provider === "sqlite") {
    const adapter = new PrismaBetterSQLite3({ url: `file:${target.file}`, timeout: SQLITE_BUSY_TIMEOUT_MS });
    return withFailureNotes(new SqliteClient({ adapter }));
  }
  const adapter = new PrismaPg({ connectionString: target.url, max: 10, connectionTimeoutMillis: 5000 });
  return withFailureNotes(new PostgresClient({ adapter }) as unknown as SqliteClient);
}
