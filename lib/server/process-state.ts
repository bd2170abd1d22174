import type { RevalidateRequest } from "../cache/revalidate-again";

/** The status a refused form post's answer should carry, filled in by the action (lib/actions). */
export type StatusSlot = { status?: number };

/**
 * What our HTTP server (lib/server/http-server.ts) and the Next bundle running inside it
 * share. Next bundles its own copy of every module, so a module-level variable set by one
 * copy is never seen by the other; this one object on globalThis is where they meet, and the
 * only such bridge. (Next offers no hook for an action's HTTP status, and a per-request
 * AsyncLocalStorage, once used, slows every later request in the process: ADR 3.)
 */
export type ProcessState = {
  /** Open form posts by the id our server put in their request header. */
  statusSlots: Map<string, StatusSlot>;
  /** The server's one-time token for revalidating through its own route. */
  startToken?: string;
  /** How code inside Next reaches the server's revalidation outside a request. */
  revalidate?: (body: RevalidateRequest) => Promise<void>;
  /** When the database last failed to answer (lib/database/unavailable.ts). */
  databaseFailedAt?: number;
};

const KEY = Symbol.for("dateline.process-state");

export const processState: ProcessState = ((globalThis as Record<symbol, unknown>)[KEY] ??= {
  statusSlots: new Map(),
}) as ProcessState;
