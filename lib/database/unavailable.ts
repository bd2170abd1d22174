import type { AsyncLocalStorage } from "node:async_hooks";

/**
 * The per-request record the HTTP server keeps (scripts/start.ts). It lives on
 * globalThis because Next bundles its own copy of our modules: a module-level
 * variable here would not be the one the server reads.
 */
export type RequestRecord = { databaseUnavailable: boolean };

const key = Symbol.for("dateline.request-record");
type Holder = { [key]?: AsyncLocalStorage<RequestRecord> };

export function installRequestRecords(storage: AsyncLocalStorage<RequestRecord>): void {
  (globalThis as Holder)[key] = storage;
}

const unavailableCodes = new Set([
  // Node socket errors when PostgreSQL does not answer
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "EAI_AGAIN",
  // PostgreSQL: admin shutdown, crash shutdown, cannot connect now, too many connections, database missing
  "57P01",
  "57P02",
  "57P03",
  "53300",
  "3D000",
  // SQLite: file cannot be opened, locked past the busy timeout
  "SQLITE_CANTOPEN",
  "SQLITE_BUSY",
  // Prisma's own codes for an unreachable or timed-out database
  "P1001",
  "P1002",
  "P1003",
  "P1008",
  "P1017",
  "P2024",
]);

/** Whether an error means the database cannot be reached (as opposed to a bug or bad input). */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== "object") break;
    const { code, cause, message } = current as { code?: unknown; cause?: unknown; message?: unknown };
    if (typeof code === "string" && unavailableCodes.has(code)) return true;
    if (
      typeof message === "string" &&
      /ECONNREFUSED|connection terminated|database .* does not exist/i.test(message)
    )
      return true;
    current = cause;
  }
  return false;
}

/** Marks the current request so the server answers 503 instead of 500. */
export function noteDatabaseFailure(error: unknown): void {
  if (!isDatabaseUnavailable(error)) return;
  const record = (globalThis as Holder)[key]?.getStore();
  if (record) record.databaseUnavailable = true;
}
