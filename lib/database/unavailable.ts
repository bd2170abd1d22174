import { processState } from "../server/process-state";

// When the database last failed to answer is kept in the state the HTTP server and the Next
// bundle share: the failure is seen inside Next, the 503 is answered by the server. A
// process-wide flag rather than a per-request one: during an outage every request fails alike.

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
  if (isDatabaseUnavailable(error)) processState.databaseFailedAt = Date.now();
}

/** Records that the database answered, ending any outage. */
export function noteDatabaseSuccess(): void {
  if (processState.databaseFailedAt !== undefined) delete processState.databaseFailedAt;
}

/** Whether the last thing the database did, within the last minute, was fail to answer. */
export function databaseSeemsUnavailable(now: number = Date.now()): boolean {
  const failedAt = processState.databaseFailedAt;
  return failedAt !== undefined && now - failedAt < 60_000;
}
