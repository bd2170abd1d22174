import type { Database } from "../database/create-client";
import { THREADS_PER_PAGE } from "./comment-view";

/**
 * The story and comments page where readers see this comment today: the page of its thread.
 * Null when readers cannot see it (not approved, or under a comment that is not).
 */
export async function locateComment(
  db: Database,
  commentId: number,
): Promise<{ storyId: number; page: number } | null> {
  const find = (id: number) =>
    db.comment.findUnique({
      where: { id },
      select: { id: true, articleId: true, parentId: true, status: true, createdAt: true },
    });
  let root = await find(commentId);
  if (root?.status !== "approved") return null;
  // Replies go up to five levels deep; their thread starts at the top-level comment.
  while (root.parentId !== null) {
    const parent = await find(root.parentId);
    if (parent?.status !== "approved") return null;
    root = parent;
  }
  const threadsBefore = await db.comment.count({
    where: {
      articleId: root.articleId,
      status: "approved",
      parentId: null,
      OR: [{ createdAt: { lt: root.createdAt } }, { createdAt: root.createdAt, id: { lt: root.id } }],
    },
  });
  return { storyId: root.articleId, page: Math.floor(threadsBefore / THREADS_PER_PAGE) + 1 };
}
