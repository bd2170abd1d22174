import "server-only";
import type { Database } from "../database/create-client";
import { THREADS_PER_PAGE, toThreads, type CommentOrder, type CommentThread } from "./comment-view";
import { REPORTED_REASON } from "./report-comment";

export type CommentPage = {
  threads: CommentThread[];
  page: number;
  order: CommentOrder;
  pageCount: number;
  approvedCount: number;
};

type Row = {
  id: number | bigint;
  parentId: number | bigint | null;
  depth: number | bigint;
  authorName: string;
  authorUrl: string | null;
  body: string;
  createdAt: Date | string;
  editedAt: Date | string | null;
  featuredAt: Date | string | null;
  staffUserId: string | null;
};

/** Thread numbers are INT4 on PostgreSQL: a page past this one cannot exist. */
const LAST_POSSIBLE_PAGE = Math.floor((2 ** 31 - 1) / THREADS_PER_PAGE);

/**
 * The page's threads, roots and every approved reply, in one statement: the roots by their
 * thread numbers (a range in the (articleId, thread) index, however deep the page), then replies
 * level by level over the (parentId, status, createdAt) index, in a recursive query, so a page
 * with replies five deep costs one round trip, as one without any does. A reply whose parent is
 * not approved is not reached.
 */
function readPage(db: Database, storyId: number, first: number): Promise<Row[]> {
  return db.$queryRaw<Row[]>`
    WITH RECURSIVE page AS (
      SELECT "id", "parentId", "depth", "authorName", "authorUrl", "body", "createdAt", "editedAt", "featuredAt",
        "staffUserId", "thread"
      FROM "Comment"
      WHERE "articleId" = ${storyId} AND "status" = 'approved'
        AND "thread" >= ${first} AND "thread" < ${first + THREADS_PER_PAGE}
      UNION ALL
      SELECT c."id", c."parentId", c."depth", c."authorName", c."authorUrl", c."body", c."createdAt", c."editedAt",
        c."featuredAt", c."staffUserId", c."thread"
      FROM "Comment" c JOIN page p ON c."parentId" = p."id"
      WHERE c."status" = 'approved'
    )
    SELECT "id", "parentId", "depth", "authorName", "authorUrl", "body", "createdAt", "editedAt", "featuredAt",
      "staffUserId"
    FROM page
    ORDER BY "parentId" IS NOT NULL, "thread", "createdAt", "id"`;
}

/**
 * One page of a story's approved comments as threads. Pages hold whole threads in the order
 * they were approved, so a comment stays on the page it first appeared on as new ones arrive.
 * Newest first counts pages back from the story's next thread number instead: page 1 is the
 * latest 50 threads, newest at the top, so its pages shift as threads arrive (replies inside a
 * thread stay oldest first, as a conversation reads). Reads only the page and the story's tally
 * (counts kept by database triggers), so a story with 30,000 comments costs what one with 100 does.
 */
export async function listComments(
  db: Database,
  storyId: number,
  page = 1,
  order: CommentOrder = "oldest",
): Promise<CommentPage> {
  const tallyRead = db.commentTally.findUnique({
    where: { articleId: storyId },
    select: { approved: true, threads: true },
  });
  // Newest first counts back from the next thread number, so it waits for the tally.
  const first =
    order === "oldest"
      ? (page - 1) * THREADS_PER_PAGE
      : ((await tallyRead)?.threads ?? 0) - page * THREADS_PER_PAGE;
  const [tally, rows] = await Promise.all([
    tallyRead,
    page >= 1 && page <= LAST_POSSIBLE_PAGE ? readPage(db, storyId, first) : [],
  ]);
  // Roots come first by thread number, replies oldest first: toThreads keeps that order.
  const threads = toThreads(
    rows.map((row) => ({
      id: Number(row.id),
      parentId: row.parentId === null ? null : Number(row.parentId),
      depth: Number(row.depth),
      authorName: row.authorName,
      authorUrl: row.authorUrl,
      body: row.body,
      createdAt: new Date(row.createdAt),
      editedAt: row.editedAt === null ? null : new Date(row.editedAt),
      status: "approved" as const,
      staff: row.staffUserId !== null,
      featured: row.featuredAt !== null,
    })),
  );
  if (order === "newest") threads.reverse();
  return {
    threads,
    page,
    order,
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

/**
 * A comment of this story as "Report this comment" quotes it: an approved one, or one readers'
 * reports have hidden (it was public; its page says it is hidden, and quotes nothing). Null otherwise.
 */
export async function getReportTarget(db: Database, storyId: number, commentId: number) {
  const comment = await db.comment.findFirst({
    where: {
      id: commentId,
      articleId: storyId,
      OR: [{ status: "approved" }, { status: "pending", moderationReason: REPORTED_REASON }],
    },
    select: {
      id: true,
      status: true,
      authorName: true,
      authorUrl: true,
      body: true,
      createdAt: true,
      staffUserId: true,
    },
  });
  if (!comment) return null;
  const { status, ...shown } = comment;
  return status === "approved"
    ? { hidden: false as const, ...shown }
    : { hidden: true as const, id: comment.id };
}
