import type http from "node:http";
import { databaseSeemsUnavailable } from "../database/unavailable";

/**
 * The one place where the head Next writes is changed before it leaves, by these rules in
 * turn. Node routes implicit heads (res.end without writeHead) through writeHead too.
 * - A refused form post carries the status its action chose (lib/server/status-slots.ts)
 *   instead of Next's 200.
 * - A 500 while the database is unreachable is a 503 with Retry-After: the outage, not a bug.
 * - One Location, where Next 16.4 sends a freshly rendered redirect's twice.
 */
export function settleFinalStatus(res: http.ServerResponse, chosenStatus: () => number | undefined): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => http.ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    keepOneLocation(res);
    return writeHead(finalStatus(res, status, chosenStatus()), ...rest);
  }) as typeof res.writeHead;
}

function finalStatus(res: http.ServerResponse, status: number, chosen: number | undefined): number {
  if (status === 200 && chosen) return chosen;
  if (status === 500 && databaseSeemsUnavailable()) {
    res.setHeader("Retry-After", "30");
    res.setHeader("Cache-Control", "no-store");
    return 503;
  }
  return status;
}

function keepOneLocation(res: http.ServerResponse): void {
  const location = res.getHeader("location");
  if (Array.isArray(location)) res.setHeader("location", location[0]!);
}
