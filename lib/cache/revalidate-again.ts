import { processState } from "../server/process-state";

/** What the server's revalidation route takes; `again: false` marks the repeat itself. */
export type RevalidateRequest = ({ paths: string[] } | { everything: true }) & { again?: false };

/**
 * Next dates a cached render from when it finished. A render that began before a write and
 * finished after it would be stored as fresh and show the old content until the page's own
 * timer (up to an hour), so every revalidation is repeated once, when such a render is done.
 */
export const REVALIDATE_AGAIN_AFTER_MS = 5_000;

/** Revalidates the same once more after REVALIDATE_AGAIN_AFTER_MS (not under `next dev`, which has no server of ours). */
export function revalidateAgainLater(what: { paths: string[] } | { everything: true }): void {
  // The HTTP server registers how to reach its own revalidation route (lib/server/http-server.ts).
  const send = processState.revalidate;
  if (!send || ("paths" in what && what.paths.length === 0)) return;
  setTimeout(() => void send({ ...what, again: false }), REVALIDATE_AGAIN_AFTER_MS).unref();
}
