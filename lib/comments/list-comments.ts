import "server-only";
import type { Database } from "../database/create-client";
import { THREADS_PER_PAGE, toThreads, type CommentThread } from "./comment-view";

export type CommentPage = {
  threads: CommentThread[];
  page: number;
  pageCount: number;
  approvedCount: number;
};

/**
 * One page of a story's approved comments as threads, oldest first. Pages hold whole
 * threads, so a comment stays on the page it first appeared on as new ones arrive.
 */
export async function listComments(db: Database, storyId: number, page = 1): Promise<CommentPage> {
  const rows = await db.comment.findMany({
    where: { articleId: storyId, status: "approved" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      parentId: true,
      depth: true,
      authorName: true,
      authorUrl: true,
      body: true,
      createdAt: true,
      staffUserId: true,
    },
  });
  const threads = toThreads(
    rows.map(({ staffUserId, ...row }) => ({
      ...row,
      status: "approved" as const,
      staff: staffUserId !== null,
    })),
  );
  return {
    threads: threads.slice((page - 1) * THREADS_PER_PAGE, page * THREADS_PER_PAGE),
    page,
    pageCount: Math.max(1, Math.ceil(threads.length / THREADS_PER_PAGE)),
    approvedCount: rows.length,
  };
}

/** An approved comment of this story that can be replied to, for the no-JavaScript reply page. */
export async function getReplyTarget(db: Database, storyId: number, commentId: number) {
  return db.comment.findFirst({
    where: { id: commentId, articleId: storyId, status: "approved" },
    select: { id: true, authorName: true, depth: true },
  });
}
