import "server-only";
import type { Database } from "../database/create-client";
import { MAX_DEPTH, THREADS_PER_PAGE, toThreads, type CommentThread } from "./comment-view";

export type CommentPage = {
  threads: CommentThread[];
  page: number;
  pageCount: number;
  approvedCount: number;
};

const commentFields = {
  id: true,
  parentId: true,
  depth: true,
  authorName: true,
  authorUrl: true,
  body: true,
  createdAt: true,
  staffUserId: true,
} as const;
const oldestFirst = [{ createdAt: "asc" as const }, { id: "asc" as const }];

/**
 * One page of a story's approved comments as threads. Pages hold whole threads in the order
 * they were approved, so a comment stays on the page it first appeared on as new ones arrive.
 *
 * Reads only the page: the story's tally (counts kept by database triggers), the page's
 * top-level comments by their thread numbers (a range, however deep the page), then their replies
 * one level at a time (at most MAX_DEPTH queries), so a story with 10,000 comments costs what one
 * with 100 does. A reply whose parent is not approved is not shown, as no level reaches it.
 */
export async function listComments(db: Database, storyId: number, page = 1): Promise<CommentPage> {
  const approved = { articleId: storyId, status: "approved" as const };
  const first = (page - 1) * THREADS_PER_PAGE;
  const [tally, roots] = await Promise.all([
    db.commentTally.findUnique({ where: { articleId: storyId }, select: { approved: true, threads: true } }),
    db.comment.findMany({
      where: { ...approved, thread: { gte: first, lt: first + THREADS_PER_PAGE } },
      orderBy: { thread: "asc" },
      select: commentFields,
    }),
  ]);
  const rows = [...roots];
  let parents = roots.map((root) => root.id);
  for (let level = 1; level <= MAX_DEPTH && parents.length > 0; level++) {
    const replies = await db.comment.findMany({
      where: { ...approved, parentId: { in: parents } },
      orderBy: oldestFirst,
      select: commentFields,
    });
    rows.push(...replies);
    parents = replies.map((reply) => reply.id);
  }
  // toThreads keeps the given order at every level: each level is oldest first already.
  const threads = toThreads(
    rows.map(({ staffUserId, ...row }) => ({
      ...row,
      status: "approved" as const,
      staff: staffUserId !== null,
    })),
  );
  return {
    threads,
    page,
    pageCount: Math.max(1, Math.ceil((tally?.threads ?? 0) / THREADS_PER_PAGE)),
    approvedCount: tally?.approved ?? 0,
  };
}

/** An approved comment of this story that can be replied to, for the no-JavaScript reply page. */
export async function getReplyTarget(db: Database, storyId: number, commentId: number) {
  return db.comment.findFirst({
    where: { id: commentId, articleId: storyId, status: "approved" },
    select: { id: true, authorName: true, depth: true },
  });
}
