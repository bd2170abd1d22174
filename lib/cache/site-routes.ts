/**
 * Addresses whose pages list the newest stories but have no [param] of their own. Each is
 * rewritten (next.config.ts) to a route that has one, so that it is rendered on its first
 * request and cached from then on, never at build time: a build needs no database.
 */
export const FRONT_PAGE_EDITION = "latest";

/** Where "/" is served from; revalidated as this path. */
export const FRONT_PAGE_PATH = `/_front/${FRONT_PAGE_EDITION}`;

/** The site-wide feeds, sitemaps and robots.txt (which names the sitemaps at SITE_URL), served by app/_site/[file]. */
export const SITE_FILES = ["feed.xml", "atom.xml", "sitemap.xml", "news-sitemap.xml", "robots.txt"] as const;
export type SiteFile = (typeof SITE_FILES)[number];

/** The cached path each public address is rendered under. */
export const siteFilePath = (file: SiteFile): string => `/_site/${file}`;

/** A child of the sitemap index (lib/feeds/sitemap-index.ts) by name: "/sitemap-2026-12.xml". */
export const sitemapChildPath = (name: string): string => `/sitemap-${name}.xml`;

/** The site's own pages: /about and /contact (the newsroom writes them), /privacy (code does). */
export const SITE_PAGES = ["about", "contact", "privacy"] as const;
export type SitePageName = (typeof SITE_PAGES)[number];

/** The cached path each of them is rendered under, by app/(site)/_page/[page]. */
export const sitePagePath = (page: SitePageName): string => `/_page/${page}`;

/** The rewrites that send the public addresses to their cached routes. */
export function siteRouteRewrites(): Array<{ source: string; destination: string }> {
  return [
    { source: "/", destination: FRONT_PAGE_PATH },
    ...SITE_FILES.map((file) => ({ source: `/${file}`, destination: siteFilePath(file) })),
    ...SITE_PAGES.map((page) => ({ source: `/${page}`, destination: sitePagePath(page) })),
    // Names with a dot are never sections, so these cannot hide a section's page.
    { source: "/sitemap-:child([a-z0-9-]{1,20}).xml", destination: "/_site/sitemap/:child" },
  ];
}
