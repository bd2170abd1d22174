import path from "node:path";
import type { NextConfig } from "next";
import { RESERVED_SECTION_SLUGS } from "./lib/articles/slugify";
import { siteRouteRewrites } from "./lib/cache/site-routes";
import { allowedFormOrigins } from "./lib/server/form-origins";
import { securityHeaders } from "./lib/server/security-headers";

const isDev = process.env.NODE_ENV === "development";

// One list for Next's pages and our server's own answers (lib/server/security-headers.ts).
// Fixed when the site is built; HSTS is added by our server, which reads SITE_URL at start.
const securityHeaderList = Object.entries(securityHeaders({ dev: isDev })).map(([key, value]) => ({
  key,
  value,
}));

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
  experimental: {
    // forbidden() for newsroom pages a role may not open.
    authInterrupts: true,
    inlineCss: true,
    // Read when the server starts. Forms may also be posted from the host SITE_URL names; our
    // HTTP server refuses other origins with a 403 first (lib/server/post-screen.ts), by the same list.
    // 16 MB: a newsroom photograph (15 MB) and its words. Readers' posts stay at 1 MB: our
    // server refuses anything larger outside /admin/ first (lib/server/early-answers.ts).
    serverActions: { allowedOrigins: allowedFormOrigins(process.env.SITE_URL), bodySizeLimit: "16mb" },
  },
  // ?before=<story id> on a list is rewritten to a path, so every page of a list is cached like
  // the first. Section slugs are the top-level paths; the site's own (search, admin, about…) are left alone.
  async rewrites() {
    const before = [{ type: "query" as const, key: "before", value: "(?<story>[1-9]\\d{0,8})" }];
    // Any other ?before= (0, -1, abc) goes to a story that does not exist: a 404.
    const badBefore = [{ type: "query" as const, key: "before" }];
    const list = "/:kind(tag|agency|byline)/:slug";
    const notOwnPath = [...RESERVED_SECTION_SLUGS].map((slug) => `${slug}$`).join("|");
    const section = `/:section((?!${notOwnPath})[a-z0-9-]+)`;
    return {
      beforeFiles: [
        ...siteRouteRewrites(),
        { source: list, has: before, destination: "/:kind/:slug/before/:story" },
        { source: list, has: badBefore, destination: "/:kind/:slug/before/0" },
        { source: section, has: before, destination: "/:section/before/:story" },
        { source: section, has: badBefore, destination: "/:section/before/0" },
      ],
    };
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaderList }];
  },
};

export default config;
