import { AsyncLocalStorage } from "node:async_hooks";

type StatusSlot = { status?: number };

// Our HTTP server and Next's bundled server actions load this module as separate copies;
// one store kept on globalThis is what joins them.
const KEY = Symbol.for("dateline.response-status");
const store = ((globalThis as Record<symbol, unknown>)[KEY] ??=
  new AsyncLocalStorage<StatusSlot>()) as AsyncLocalStorage<StatusSlot>;

/**
 * Runs a form post's handling with room for the status its answer should carry, and returns
 * that slot. Next answers every server action with 200; a refused post deserves its own
 * status (429 for a rate limit) where the visitor's browser or a client can see one.
 * Only posts pay for this: the store costs cached GET pages measurable throughput (ADR 3).
 */
export function withStatusSlot(run: () => void): StatusSlot {
  const slot: StatusSlot = {};
  store.run(slot, run);
  return slot;
}

/** Asks for this status on the answer to the current form post; outside one it does nothing. */
export function answerWithStatus(status: number): void {
  const slot = store.getStore();
  if (slot) slot.status = status;
}
