import path from "node:path";
import type { NextConfig } from "next";
import { siteRouteRewrites } from "./lib/cache/site-routes";

const isDev = process.env.NODE_ENV === "development";

/**
 * Pages are cached and shared by every reader, so the policy cannot carry a per-request
 * nonce; Next's inline bootstrap scripts therefore need 'unsafe-inline'. Everything else
 * is same-origin only. See docs/adr/0003-security-headers.md.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

// Read when the server starts, not only at build: the same build runs with or without Redis.
const sharedCache: Partial<NextConfig> = process.env.REDIS_URL
  ? {
      // One page cache for every instance (docs/adr/0008-shared-page-cache.md); no per-process copy.
      cacheHandler: path.resolve("lib/cache/redis-cache-handler.mjs"),
      cacheMaxMemorySize: 0,
    }
  : {};

const config: NextConfig = {
  ...sharedCache,
  // Tests build once per database into their own folder (scripts/e2e.ts).
  distDir: process.env.DATELINE_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // forbidden() for newsroom pages a role may not open.
  experimental: { authInterrupts: true },
  // ?page=N on a list is rewritten to a path, so every page of a list is cached like the first.
  // Section slugs are the top-level paths; the static routes (search, admin, api) are left alone.
  async rewrites() {
    const page = [{ type: "query" as const, key: "page", value: "(?<n>[1-9]\\d{0,8})" }];
    // Any other ?page= (0, -1, abc) goes to a page number that does not exist: a 404.
    const badPage = [{ type: "query" as const, key: "page" }];
    const list = "/:kind(tag|agency|byline)/:slug";
    const section = "/:section((?!search$|admin$|api$)[a-z0-9-]+)";
    return {
      beforeFiles: [
        ...siteRouteRewrites(),
        { source: list, has: page, destination: "/:kind/:slug/page/:n" },
        { source: list, has: badPage, destination: "/:kind/:slug/page/0" },
        { source: section, has: page, destination: "/:section/page/:n" },
        { source: section, has: badPage, destination: "/:section/page/0" },
      ],
    };
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default config;
