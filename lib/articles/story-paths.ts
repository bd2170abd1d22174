import { FRONT_PAGE_PATH, SITE_FILES, siteFilePath } from "../cache/site-routes";

/** The reader-facing path of a story. */
export function storyPath(sectionSlug: string, slug: string): string {
  return `/${sectionSlug}/${slug}`;
}

/**
 * Routes (not paths: with their route group and [params]) whose every page may list any story:
 * later pages of sections, and the tag, agency and byline pages. Revalidated as routes, so a
 * story's old and new tags need not be known.
 */
export const LIST_ROUTES = [
  "/(site)/[section]/page/[n]",
  ...["tag", "agency", "byline"].flatMap((kind) => [
    `/(site)/${kind}/[slug]`,
    `/(site)/${kind}/[slug]/page/[n]`,
  ]),
];

/** The site's feeds and sitemaps, which list the newest stories, as the paths they are cached under. */
export const SITE_FEEDS = SITE_FILES.filter((file) => file !== "robots.txt").map(siteFilePath);

/**
 * Every cached page that shows a story: itself and its share page, the front page, the section pages and feeds it
 * is or was listed on, every list route and the site's feeds. Revalidating these is what
 * "readers see the change" means.
 */
export function pathsShowingStory(slug: string, sectionSlugs: string[]): string[] {
  return [
    ...new Set([
      FRONT_PAGE_PATH,
      ...sectionSlugs.flatMap((section) => [
        `/${section}`,
        storyPath(section, slug),
        `${storyPath(section, slug)}/share`,
        `/${section}/feed.xml`,
        `/${section}/atom.xml`,
      ]),
      ...SITE_FEEDS,
      ...LIST_ROUTES,
    ]),
  ];
}

/** Page N of a story's comments: the story itself for page 1. */
export function commentsPagePath(storyHref: string, page: number): string {
  return page === 1 ? storyHref : `${storyHref}/comments/${page}`;
}

/**
 * A comment's permanent address. It redirects to the comments page the comment is on now,
 * which can change as comments are approved or removed before it.
 */
export function commentPermalink(storyHref: string, commentId: number): string {
  return `${storyHref}/comment/${commentId}`;
}

/** The story's own page and each later page of its comments (50 threads a page). */
export function pathsShowingComments(
  storyHref: string,
  threadCount: number,
  threadsPerPage: number,
): string[] {
  const pages = Math.max(1, Math.ceil(threadCount / threadsPerPage));
  return Array.from({ length: pages }, (_, i) => commentsPagePath(storyHref, i + 1));
}
