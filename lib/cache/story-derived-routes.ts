import { storyPath } from "../articles/story-paths";
import { FRONT_PAGE_PATH } from "./site-routes";

/**
 * Where a story is and was: its slugs and sections before and after a write, so the addresses
 * it left are revalidated too (a moved story's old page becomes a redirect, an unpublished one a 404).
 */
export type StoryAddresses = { slugs: string[]; sectionSlugs: string[] };

/** What a write can change: a story itself (text, status, place), or only its comments. */
export type StoryChange = "story" | "comments";

/**
 * A reader route whose pages show something of a story. Either its cached pages, as
 * revalidatePath takes them (a path, or a route with its group and [params], which stands for
 * every page of that route), or why nothing of it is cached that a write would have to reach.
 */
export type DerivedRoute =
  | { changesWith: readonly StoryChange[]; cachedPages: (story: StoryAddresses) => string[] }
  | { renderedPerRequest: string };

const pairs = ({ slugs, sectionSlugs }: StoryAddresses) =>
  sectionSlugs.flatMap((section) => slugs.map((slug) => storyPath(section, slug)));
const sections = ({ sectionSlugs }: StoryAddresses) => sectionSlugs.map((section) => `/${section}`);
/** Every page of the route: for pages that may list any story, or whose count a write cannot know. */
const wholeRoute = (route: string) => () => [`/${route}`];

/**
 * Every route under app/ whose pages are derived from stories, by its folder (a metadata image by
 * its file name), and how a write reaches them. Every writer revalidates through this one list
 * (pathsShowingStory, pathsShowingComments); story-derived-routes.test.ts fails when a route
 * under app/ is in neither this list nor ROUTES_NOT_FROM_STORIES.
 */
export const ROUTES_FROM_STORIES: Record<string, DerivedRoute> = {
  "(site)/%5Ffront/[edition]": { changesWith: ["story"], cachedPages: () => [FRONT_PAGE_PATH] },
  // The site's feeds and sitemap index. Whole route: a route handler reached through a rewrite
  // is not revalidated by the path it is cached under (tried: /_site/sitemap.xml stayed stale).
  "%5Fsite/[file]": { changesWith: ["story"], cachedPages: wholeRoute("_site/[file]") },
  "%5Fsite/sitemap/[child]": {
    renderedPerRequest:
      "force-dynamic: a month's sitemap is read per request, so a made-up month is a 404 nothing stores",
  },
  "(site)/[section]": { changesWith: ["story"], cachedPages: sections },
  // Every page: a correction shifts the ones after it, and a story's headline or status shows on its page.
  "(site)/%5Fcorrections/[page]": {
    changesWith: ["story"],
    cachedPages: wholeRoute("(site)/_corrections/[page]"),
  },
  "(site)/[section]/before/[story]": {
    changesWith: ["story"],
    cachedPages: wholeRoute("(site)/[section]/before/[story]"),
  },
  "(site)/[section]/feed.xml": {
    changesWith: ["story"],
    cachedPages: (story) => sections(story).map((section) => `${section}/feed.xml`),
  },
  "(site)/[section]/atom.xml": {
    changesWith: ["story"],
    cachedPages: (story) => sections(story).map((section) => `${section}/atom.xml`),
  },
  // Related stories on other stories' pages follow within those pages' hour (ADR 7).
  "(site)/[section]/[slug]": { changesWith: ["story", "comments"], cachedPages: pairs },
  // Whole route: a thread keeps its page (its number), but which page a comment or a reply to it
  // is on is not known to the writer without reading it; later pages exist only on long threads.
  "(site)/[section]/[slug]/comments/[page]": {
    changesWith: ["story", "comments"],
    cachedPages: wholeRoute("(site)/[section]/[slug]/comments/[page]"),
  },
  // Newest first: page 1 is one path per story; every later page shifts when a thread is
  // approved or removed (they count back from the newest thread), so the whole route.
  "(site)/[section]/[slug]/comments/newest": {
    changesWith: ["story", "comments"],
    cachedPages: (story) => pairs(story).map((href) => `${href}/comments/newest`),
  },
  "(site)/[section]/[slug]/comments/newest/[page]": {
    changesWith: ["story", "comments"],
    cachedPages: wholeRoute("(site)/[section]/[slug]/comments/newest/[page]"),
  },
  "(site)/[section]/[slug]/share": {
    changesWith: ["story"],
    cachedPages: (story) => pairs(story).map((href) => `${href}/share`),
  },
  ...Object.fromEntries(
    ["tag", "agency", "byline"].flatMap((kind) =>
      [`(site)/${kind}/[slug]`, `(site)/${kind}/[slug]/before/[story]`].map((route) => [
        route,
        { changesWith: ["story"], cachedPages: wholeRoute(route) } satisfies DerivedRoute,
      ]),
    ),
  ),
  "(site)/[section]/[slug]/opengraph-image": {
    renderedPerRequest:
      "force-dynamic: reads the story on every request, so an unknown or unpublished one is a 404 that nothing stores; the PNG is cached under the card's own text",
  },
  "(site)/[section]/[slug]/reply/[commentId]": {
    renderedPerRequest: "force-dynamic: only readers without JavaScript reach it",
  },
  "(site)/[section]/[slug]/edit/[commentId]": {
    renderedPerRequest:
      "force-dynamic: the author's correction form, for the browser holding its edit cookie",
  },
  "(site)/[section]/[slug]/comment/[id]": {
    renderedPerRequest: "a route handler with no cache config: a no-store 302 found per request",
  },
  "(site)/search": { renderedPerRequest: "force-dynamic: results are read per query" },
};

/** Every other route under app/, and why no story write changes it. */
export const ROUTES_NOT_FROM_STORIES: Record<string, string> = {
  "(site)/[section]/[slug]/[...rest]": "always a 404: deeper paths are never stories",
  "(site)/share/block/[token]": "a recipient refusing shares: rendered per request from the token",
  "(site)/replies/[choice]/[token]":
    "a commenter confirming or stopping reply emails: rendered per request from the token",
  "(site)/[section]/[slug]/report/[commentId]":
    "Report this comment: rendered per request (a fresh form token), never cached",
  "(site)/%5Fpage/[page]":
    "/about and /contact (revalidated by the newsroom's page editor) and /privacy (written by code)",
  "logo.png": "the publisher logo: only the site's name",
  "media/[file]":
    "photographs by content hash: a file never changes, a new photograph has a new name (read per request)",
  icon: "the site's icon (an SVG file)",
  "apple-icon": "the site's icon for home screens, drawn from app/icon.svg",
  "icons/[file]": "the web app manifest's icons, drawn from app/icon.svg",
  "favicon.ico": "the site's icon for clients that ask by the old name",
  manifest: "the web app manifest: the site's name and icons",
  admin: "the newsroom: rendered per request for signed-in staff, never cached",
  api: "machine routes (revalidation, form tokens, health): never cached",
};

/** The cached pages a change of this kind to this story shows on, from ROUTES_FROM_STORIES. */
function pagesChangedBy(change: StoryChange, story: StoryAddresses): string[] {
  return [
    ...new Set(
      Object.values(ROUTES_FROM_STORIES).flatMap((route) =>
        "cachedPages" in route && route.changesWith.includes(change) ? route.cachedPages(story) : [],
      ),
    ),
  ];
}

/**
 * Every cached page that shows a story, at its present and former slug and sections. Revalidating
 * these is what "readers see the change" means, publishing and unpublishing included.
 */
export function pathsShowingStory(story: StoryAddresses): string[] {
  return pagesChangedBy("story", story);
}

/** Every cached page that shows a story's comments. */
export function pathsShowingComments(sectionSlug: string, slug: string): string[] {
  return pagesChangedBy("comments", { slugs: [slug], sectionSlugs: [sectionSlug] });
}
