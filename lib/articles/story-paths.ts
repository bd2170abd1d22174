/** The reader-facing path of a story. */
export function storyPath(sectionSlug: string, slug: string): string {
  return `/${sectionSlug}/${slug}`;
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
