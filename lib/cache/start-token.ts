// Shared through globalThis: the HTTP server (scripts/serve.ts) and the Next bundle load
// separate copies of this module.
const key = Symbol.for("dateline.start-token");

/** Records the server's one-time token for its start-up revalidation. */
export function setStartToken(token: string): void {
  (globalThis as Record<symbol, unknown>)[key] = token;
}

export function getStartToken(): string | undefined {
  const token = (globalThis as Record<symbol, unknown>)[key];
  return typeof token === "string" ? token : undefined;
}
