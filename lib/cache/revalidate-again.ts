// Shared through globalThis, as the start token is: the HTTP server (scripts/serve.ts) and the
// Next bundle load separate copies of this module.
const key = Symbol.for("dateline.revalidate-again");

/** What the server's revalidation route takes; `again: false` marks the repeat itself. */
export type RevalidateRequest = ({ paths: string[] } | { everything: true }) & { again?: false };
type Send = (body: RevalidateRequest) => Promise<void>;

/**
 * Next dates a cached render from when it finished. A render that began before a write and
 * finished after it would be stored as fresh and show the old content until the page's own
 * timer (up to an hour), so every revalidation is repeated once, when such a render is done.
 */
export const REVALIDATE_AGAIN_AFTER_MS = 5_000;

/** The HTTP server registers how to reach its own revalidation route. */
export function setRevalidateAgain(send: Send): void {
  (globalThis as Record<symbol, unknown>)[key] = send;
}

/** Revalidates the same once more after REVALIDATE_AGAIN_AFTER_MS (not under `next dev`, which has no server of ours). */
export function revalidateAgainLater(what: { paths: string[] } | { everything: true }): void {
  const send = (globalThis as Record<symbol, unknown>)[key] as Send | undefined;
  if (!send || ("paths" in what && what.paths.length === 0)) return;
  setTimeout(() => void send({ ...what, again: false }), REVALIDATE_AGAIN_AFTER_MS).unref();
}
