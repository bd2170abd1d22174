import type http from "node:http";
import { isCsrfOriginAllowed } from "next/dist/server/app-render/csrf-protection";

/**
 * The hosts a form may be posted from besides the request's own: the one SITE_URL names
 * (a proxy may send another Host). next.config.ts gives Next the same list as
 * `serverActions.allowedOrigins`, so our post screen and Next's own check agree.
 */
export function allowedFormOrigins(siteUrl: string | undefined): string[] {
  if (!siteUrl) return [];
  try {
    return [new URL(siteUrl).host];
  } catch {
    return [];
  }
}

/**
 * Whether a form post comes from our own site, decided as Next 16 decides it for server
 * actions (next/dist/server/app-render/action-handler.js), where a refusal is a 500:
 * the Origin's host must be the first X-Forwarded-Host (else Host), or allowed. A post
 * without an Origin passes, as it does in Next: browsers send one with every form post, so
 * such a post carries no visitor's cookies unawares. `null` (sandboxed frames, some
 * redirects) and origins that are not URLs never pass.
 */
export function isOwnOrigin(req: http.IncomingMessage, allowed: string[]): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  // "null" parses as no URL; an opaque origin such as "data:x" parses with an empty host.
  if (!originHost) return false;
  return originHost === requestHost(req) || isCsrfOriginAllowed(originHost, allowed);
}

/** The host the visitor asked for, read as Next reads it: a proxy's X-Forwarded-Host first. */
function requestHost(req: http.IncomingMessage): string | undefined {
  const forwarded = req.headers["x-forwarded-host"];
  const first = Array.isArray(forwarded) ? forwarded[0] : forwarded?.split(",")[0]?.trim();
  return first || req.headers.host;
}
