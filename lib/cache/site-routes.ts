/**
 * Addresses whose pages list the newest stories but have no [param] of their own. Each is
 * rewritten (next.config.ts) to a route that has one, so that it is rendered on its first
 * request and cached from then on, never at build time: a build needs no database.
 */
export const FRONT_PAGE_EDITION = "latest";

/** Where "/" is served from; revalidated as this path. */
export const FRONT_PAGE_PATH = `/_front/${FRONT_PAGE_EDITION}`;

/** Every correction the newsroom has published, newest first (app/(site)/_corrections/[page]). */
export const CORRECTIONS_PATH = "/corrections";

/** The site-wide feeds, sitemaps and robots.txt (which names the sitemaps at SITE_URL), served by app/_site/[file]. */
export const SITE_FILES = [
  "feed.xml",
  "atom.xml",
  "sitemap.xml",
  "news-sitemap.xml",
  "robots.txt",
  "corrections-feed.xml",
  "corrections-atom.xml",
] as const;
export type SiteFile = (typeof SITE_FILES)[number];

/** Where readers find each site file: at the top, except the corrections' feeds, which sit beside /corrections as a section's do. */
export const siteFileAddress = (file: SiteFile): string =>
  file.startsWith("corrections-") ? `${CORRECTIONS_PATH}/${file.slice("corrections-".length)}` : `/${file}`;

/** The cached path each public address is rendered under. */
export const siteFilePath = (file: SiteFile): string => `/_site/${file}`;

/** A child of the sitemap index (lib/feeds/sitemap-index.ts) by name: "/sitemap-2026-12.xml". */
export const sitemapChildPath = (name: string): string => `/sitemap-${name}.xml`;

/** The site's own pages: /about and /contact (the newsroom writes them), /privacy (code does). */
export const SITE_PAGES = ["about", "contact", "privacy"] as const;
export type SitePageName = (typeof SITE_PAGES)[number];

/** The cached path each of them is rendered under, by app/(site)/_page/[page]. */
export const sitePagePath = (page: SitePageName): string => `/_page/${page}`;

/** The public address of page N of the corrections: /corrections, then /corrections/page/2 … */
export const correctionsPageAddress = (page: number): string =>
  page === 1 ? CORRECTIONS_PATH : `${CORRECTIONS_PATH}/page/${page}`;

/** The rewrites that send the public addresses to their cached routes. */
export function siteRouteRewrites(): Array<{ source: string; destination: string }> {
  return [
    { source: "/", destination: FRONT_PAGE_PATH },
    ...SITE_FILES.map((file) => ({ source: siteFileAddress(file), destination: siteFilePath(file) })),
    { source: CORRECTIONS_PATH, destination: "/_corrections/1" },
    // Page 1 has one address, /corrections; /corrections/page/1 is no page (a 404).
    { source: `${CORRECTIONS_PATH}/page/:page([2-9]|[1-9]\\d{1,5})`, destination: "/_corrections/:page" },
    ...SITE_PAGES.map((page) => ({ source: `/${page}`, destination: sitePagePath(page) })),
    // Names with a dot are never sections, so these cannot hide a section's page.
    { source: "/sitemap-:child([a-z0-9-]{1,20}).xml", destination: "/_site/sitemap/:child" },
  ];
}
