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
 * One page of a story's approved comments as threads, oldest first. Pages hold whole
 * threads, so a comment stays on the page it first appeared on as new ones arrive.
 *
 * Reads only the page: its top-level comments, then their replies one level at a time (at most
 * MAX_DEPTH queries), and two counts, so a story with 10,000 comments costs what one with 100
 * does. A reply whose parent is not approved is not shown, as no level reaches it.
 */
export async function listComments(db: Database, storyId: number, page = 1): Promise<CommentPage> {
  const approved = { articleId: storyId, status: "approved" as const };
  const [approvedCount, threadCount, roots] = await Promise.all([
    db.comment.count({ where: approved }),
    db.comment.count({ where: { ...approved, parentId: null } }),
    db.comment.findMany({
      where: { ...approved, parentId: null },
      orderBy: oldestFirst,
      skip: (page - 1) * THREADS_PER_PAGE,
      take: THREADS_PER_PAGE,
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
    pageCount: Math.max(1, Math.ceil(threadCount / THREADS_PER_PAGE)),
    approvedCount,
  };
}

/** An approved comment of this story that can be replied to, for the no-JavaScript reply page. */
export async function getReplyTarget(db: Database, storyId: number, commentId: number) {
  return db.comment.findFirst({
    where: { id: commentId, articleId: storyId, status: "approved" },
    select: { id: true, authorName: true, depth: true },
  });
}
