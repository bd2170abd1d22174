/**
 * When the database last failed to answer, shared through globalThis because the HTTP server
 * (lib/server/http-server.ts) and the Next bundle load separate copies of this module. A
 * process-wide flag rather than a per-request one: AsyncLocalStorage cost a third of the
 * cached-page throughput on Node 20, and during an outage every request fails alike.
 */
const key = Symbol.for("dateline.database-failed-at");
type Holder = { [key]?: number };

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

/** Records a failed query; only failures that mean "unreachable" count. */
export function noteDatabaseFailure(error: unknown): void {
  if (isDatabaseUnavailable(error)) (globalThis as Holder)[key] = Date.now();
}

/** Records that the database answered, ending any outage. */
export function noteDatabaseSuccess(): void {
  if ((globalThis as Holder)[key] !== undefined) delete (globalThis as Holder)[key];
}

/** Whether the last thing the database did, within the last minute, was fail to answer. */
export function databaseSeemsUnavailable(now: number = Date.now()): boolean {
  const failedAt = (globalThis as Holder)[key];
  return failedAt !== undefined && now - failedAt < 60_000;
}
