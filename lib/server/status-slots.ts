import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";

/** Names a form post's slot; only our HTTP server sets it (it drops any a client sends). */
export const STATUS_SLOT_HEADER = "x-dateline-status-slot";

export type StatusSlot = { status?: number };

// Our HTTP server and Next's bundled server actions load this module as separate copies;
// one map kept on globalThis is what joins them. (A per-request AsyncLocalStorage would do
// the same, but once used it slows every later request in the process: ADR 3.)
const KEY = Symbol.for("dateline.status-slots");
const slots = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map()) as Map<string, StatusSlot>;

/**
 * Opens room for the status a form post's answer should carry, named in a request header the
 * action can read. Next answers every server action with 200; a refused post deserves its
 * own status (429 for a rate limit) where a browser or client can see one.
 */
export function openStatusSlot(req: IncomingMessage): { slot: StatusSlot; close: () => void } {
  const id = randomUUID();
  const slot: StatusSlot = {};
  slots.set(id, slot);
  req.headers[STATUS_SLOT_HEADER] = id;
  return { slot, close: () => slots.delete(id) };
}

/** The slot a request header names, if our server opened it and the request is still running. */
export function statusSlot(id: string | null): StatusSlot | undefined {
  return id ? slots.get(id) : undefined;
}
