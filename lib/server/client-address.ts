import type { IncomingMessage } from "node:http";

/** The request header our pages read the visitor's address from (lib/request/client-address.ts). */
export const CLIENT_ADDRESS_HEADER = "x-dateline-client-ip";

/**
 * The visitor's address for rate limits and moderation. A client can send any
 * X-Forwarded-For, so it counts only behind a proxy we were told to trust (TRUST_PROXY=true),
 * and then only its last entry: the address that proxy itself saw.
 */
export function clientAddress(req: Pick<IncomingMessage, "headers" | "socket">, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers["x-forwarded-for"];
    const last = (Array.isArray(forwarded) ? forwarded.join(",") : (forwarded ?? ""))
      .split(",")
      .at(-1)
      ?.trim();
    if (last) return last;
  }
  return (req.socket.remoteAddress ?? "unknown").replace(/^::ffff:/, "");
}
