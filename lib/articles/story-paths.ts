/** The reader-facing path of a story. */
export function storyPath(sectionSlug: string, slug: string): string {
  return `/${sectionSlug}/${slug}`;
}

/**
 * Every cached page that shows a story: itself, the front page and the section pages it
 * is or was listed on. Revalidating these is what "readers see the change" means.
 */
export function pathsShowingStory(slug: string, sectionSlugs: string[]): string[] {
  return [...new Set(["/", ...sectionSlugs.flatMap((section) => [`/${section}`, storyPath(section, slug)])])];
}

/** The story's own page and each later page of its comments (50 threads a page). */
export function pathsShowingComments(
  storyHref: string,
  threadCount: number,
  threadsPerPage: number,
): string[] {
  const pages = Math.max(1, Math.ceil(threadCount / threadsPerPage));
  return [storyHref, ...Array.from({ length: pages - 1 }, (_, i) => `${storyHref}/comments/${i + 2}`)];
}
