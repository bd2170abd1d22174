import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { processState, type StatusSlot } from "./process-state";

/** Names a form post's slot; only our HTTP server sets it (it drops any a client sends). */
export const STATUS_SLOT_HEADER = "x-dateline-status-slot";

/**
 * Opens room for the status a form post's answer should carry, named in a request header the
 * action can read (a header a client sent is dropped), and closed when the response is.
 * Next answers every server action with 200; a refused post deserves its own status (429 for
 * a rate limit) where a browser or client can see one. Returns what the action chose.
 */
export function openStatusSlot(req: IncomingMessage, res: ServerResponse): () => number | undefined {
  delete req.headers[STATUS_SLOT_HEADER];
  if (req.method !== "POST") return () => undefined;
  const id = randomUUID();
  const slot: StatusSlot = {};
  processState.statusSlots.set(id, slot);
  req.headers[STATUS_SLOT_HEADER] = id;
  res.once("close", () => processState.statusSlots.delete(id));
  return () => slot.status;
}

/** The slot a request header names, if our server opened it and the request is still running. */
export function statusSlot(id: string | null): StatusSlot | undefined {
  return id ? processState.statusSlots.get(id) : undefined;
}
