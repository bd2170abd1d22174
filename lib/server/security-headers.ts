import type { ServerResponse } from "node:http";

/**
 * The security headers every response carries, Next's pages and our server's own answers
 * alike: next.config.ts hands them to Next's `headers()`, and lib/server/http-server.ts sets
 * them on every response before any step answers. See docs/adr/0003-http-server-and-headers.md.
 *
 * Pages are cached and shared by every reader, so the policy cannot carry a per-request
 * nonce; Next's inline bootstrap scripts therefore need 'unsafe-inline'. Everything else is
 * same-origin only.
 */
export function securityHeaders({ dev = false, https = false } = {}): Record<string, string> {
  const contentSecurityPolicy = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  return {
    "Content-Security-Policy": contentSecurityPolicy,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    // Two years, the usual figure. Not includeSubDomains: other hosts under the site's domain
    // may not be ours to force onto HTTPS.
    ...(https ? { "Strict-Transport-Security": "max-age=63072000" } : {}),
  };
}

/** Whether the site's public address is HTTPS, so browsers may be told to use nothing else. */
export function isHttpsSite(siteUrl: string | undefined): boolean {
  return siteUrl?.startsWith("https:") ?? false;
}

/** Sets the list on a response before any step answers it, so whoever answers, they go out. */
export function applySecurityHeaders(res: ServerResponse, headers: Record<string, string>): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
}
