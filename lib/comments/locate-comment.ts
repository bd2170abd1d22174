import { storyPath } from "../articles/story-paths";
import { visibleToReaders } from "../articles/story-view";
import type { Database } from "../database/create-client";
import { THREADS_PER_PAGE } from "./comment-view";

export type CommentPlace = { storyId: number; storyHref: string; page: number };

/**
 * Where readers see this comment today: its story's current address and the comments page of
 * its thread. `storySlug` is the slug the link named; a story's earlier slugs (kept when it was
 * renamed) count too, so old permalinks keep working. Null when readers cannot see the comment
 * (not approved, under a comment that is not, or on a story that is not published).
 */
export async function locateComment(
  db: Database,
  commentId: number,
  storySlug: string,
): Promise<CommentPlace | null> {
  const find = (id: number) =>
    db.comment.findUnique({
      where: { id },
      select: { id: true, articleId: true, parentId: true, status: true, thread: true },
    });
  let root = await find(commentId);
  if (root?.status !== "approved") return null;
  // Replies go up to five levels deep; their thread starts at the top-level comment.
  while (root.parentId !== null) {
    const parent = await find(root.parentId);
    if (parent?.status !== "approved") return null;
    root = parent;
  }
  const story = await db.article.findFirst({
    where: { id: root.articleId, ...visibleToReaders() },
    select: { slug: true, section: { select: { slug: true } } },
  });
  if (!story) return null;
  if (
    story.slug !== storySlug &&
    !(await db.articleRedirect.findFirst({ where: { slug: storySlug, articleId: root.articleId } }))
  )
    return null;

  return {
    storyId: root.articleId,
    storyHref: storyPath(story.section.slug, story.slug),
    page: Math.floor((root.thread ?? 0) / THREADS_PER_PAGE) + 1,
  };
}
