import type { CommentOrder } from "../comments/comment-view";

/** The reader-facing path of a story. */
export function storyPath(sectionSlug: string, slug: string): string {
  return `/${sectionSlug}/${slug}`;
}

/**
 * Page N of a story's comments in an order: oldest first (the default) starts at the story
 * itself, newest first at its own address, so each order is a cacheable page of its own.
 */
export function commentsPagePath(storyHref: string, page: number, order: CommentOrder = "oldest"): string {
  if (order === "newest") return `${storyHref}/comments/newest${page === 1 ? "" : `/${page}`}`;
  return page === 1 ? storyHref : `${storyHref}/comments/${page}`;
}

/**
 * A comment's permanent address. It redirects to the comments page the comment is on now,
 * which can change as comments are approved or removed before it.
 */
export function commentPermalink(storyHref: string, commentId: number): string {
  return `${storyHref}/comment/${commentId}`;
}

/** Where the author of a comment corrects it, in its edit window. */
export function commentEditPath(storyHref: string, commentId: number): string {
  return `${storyHref}/edit/${commentId}`;
}
