import type { Database } from "../database/create-client";
import { commentStatuses, type CommentStatus } from "../statuses";
import { authorize, type Staff } from "../auth/roles";
import { storyPath } from "../articles/story-paths";

export const QUEUE_PAGE_SIZE = 50;
/** Tabs count up to this and then say "1,000+": counting a million approved comments is not worth it. */
export const QUEUE_COUNT_CAP = 1_000;

export type QueuedComment = {
  id: number;
  status: CommentStatus;
  authorName: string;
  authorEmail: string;
  authorUrl: string | null;
  ip: string;
  body: string;
  moderationReason: string;
  createdAt: Date;
  editedAt: Date | null;
  byStaff: boolean;
  parentId: number | null;
  story: { id: number; headline: string; href: string };
};

const queueSelect = {
  id: true,
  status: true,
  authorName: true,
  authorEmail: true,
  authorUrl: true,
  ip: true,
  body: true,
  moderationReason: true,
  createdAt: true,
  editedAt: true,
  staffUserId: true,
  parentId: true,
  article: { select: { id: true, headline: true, slug: true, section: { select: { slug: true } } } },
} as const;

type QueueRow = {
  staffUserId: string | null;
  article: { id: number; headline: string; slug: string; section: { slug: string } };
} & Omit<QueuedComment, "byStaff" | "story">;

function toQueued({ staffUserId, article, ...row }: QueueRow): QueuedComment {
  return {
    ...row,
    byStaff: staffUserId !== null,
    story: {
      id: article.id,
      headline: article.headline,
      href: storyPath(article.section.slug, article.slug),
    },
  };
}

const queueOrder = [{ createdAt: "desc" as const }, { id: "desc" as const }];

/**
 * Each tab's count, up to QUEUE_COUNT_CAP + 1, in one query: each status's count stops there, in
 * the (status, createdAt, id) index, so a million approved comments cost what a thousand do.
 * (Prisma's count({ take }) orders by id, and SQLite then walks every comment by id.)
 */
async function countTabs(db: Database): Promise<Record<CommentStatus, number>> {
  const cap = QUEUE_COUNT_CAP + 1;
  const [row] = await db.$queryRaw<Array<Record<CommentStatus, number | bigint>>>`
    SELECT
      (SELECT COUNT(*) FROM (SELECT 1 FROM "Comment" WHERE "status" = ${"pending"} LIMIT ${cap}) AS c) AS "pending",
      (SELECT COUNT(*) FROM (SELECT 1 FROM "Comment" WHERE "status" = ${"approved"} LIMIT ${cap}) AS c) AS "approved",
      (SELECT COUNT(*) FROM (SELECT 1 FROM "Comment" WHERE "status" = ${"spam"} LIMIT ${cap}) AS c) AS "spam",
      (SELECT COUNT(*) FROM (SELECT 1 FROM "Comment" WHERE "status" = ${"trash"} LIMIT ${cap}) AS c) AS "trash"`;
  return Object.fromEntries(commentStatuses.map((tab) => [tab, Number(row![tab])])) as Record<
    CommentStatus,
    number
  >;
}

/** One tab of the moderation queue (newest first) with the count of every tab. */
export async function listCommentQueue(
  db: Database,
  staff: Staff | null,
  { status, page }: { status: CommentStatus; page: number },
) {
  authorize(staff, "comments");
  const [rows, counts] = await Promise.all([
    db.comment.findMany({
      where: { status },
      orderBy: queueOrder,
      skip: (page - 1) * QUEUE_PAGE_SIZE,
      // Past the counted pages there is nothing to show, and no deep OFFSET to walk.
      take: page * QUEUE_PAGE_SIZE <= QUEUE_COUNT_CAP ? QUEUE_PAGE_SIZE : 0,
      select: queueSelect,
    }),
    countTabs(db),
  ]);
  return {
    comments: rows.map(toQueued),
    /** QUEUE_COUNT_CAP + 1 means "more than the cap". */
    counts,
    pageCount: Math.max(1, Math.ceil(Math.min(counts[status], QUEUE_COUNT_CAP) / QUEUE_PAGE_SIZE)),
  };
}

/** One comment with its story, for the edit-and-reply page. */
export async function getQueuedComment(db: Database, staff: Staff | null, id: number) {
  authorize(staff, "comments");
  const row = await db.comment.findUnique({ where: { id }, select: queueSelect });
  return row ? toQueued(row) : null;
}
