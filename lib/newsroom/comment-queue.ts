import type { Database } from "../database/create-client";
import { commentStatuses, type CommentStatus, type ReportReason } from "../statuses";
import { authorize, type Staff } from "../auth/roles";
import { storyPath } from "../articles/story-paths";

export const QUEUE_PAGE_SIZE = 50;

/** The queue's tabs: one per status, and the comments readers reported, newest report first. */
export const queueTabs = [...commentStatuses, "reported"] as const;
export type QueueTab = (typeof queueTabs)[number];

export function isQueueTab(value: unknown): value is QueueTab {
  return typeof value === "string" && (queueTabs as readonly string[]).includes(value);
}

/** Readers' reports on a comment: how many, for which reasons, and their notes (newest first, at most 3). */
export type CommentReports = {
  count: number;
  byReason: Partial<Record<ReportReason, number>>;
  notes: string[];
};
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
  /** When an editor picked it for Editors' picks; null when not featured. */
  featuredAt: Date | null;
  byStaff: boolean;
  parentId: number | null;
  story: { id: number; headline: string; href: string };
  reports: CommentReports;
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
  featuredAt: true,
  staffUserId: true,
  parentId: true,
  article: { select: { id: true, headline: true, slug: true, section: { select: { slug: true } } } },
} as const;

type QueueRow = {
  staffUserId: string | null;
  article: { id: number; headline: string; slug: string; section: { slug: string } };
} & Omit<QueuedComment, "byStaff" | "story" | "reports">;

const NO_REPORTS: CommentReports = { count: 0, byReason: {}, notes: [] };

function toQueued({ staffUserId, article, ...row }: QueueRow, reports = NO_REPORTS): QueuedComment {
  return {
    ...row,
    reports,
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
async function countTabs(db: Database): Promise<Record<QueueTab, number>> {
  const cap = QUEUE_COUNT_CAP + 1;
  const [row] = await db.$queryRaw<Array<Record<QueueTab, number | bigint>>>`
    SELECT
      (SELECT COUNT(*) FROM (SELECT 1 FROM "Comment" WHERE "status" = ${"pending"} LIMIT ${cap}) AS c) AS "pending",
      (SELECT COUNT(*) FROM (SELECT 1 FROM "Comment" WHERE "status" = ${"approved"} LIMIT ${cap}) AS c) AS "approved",
      (SELECT COUNT(*) FROM (SELECT 1 FROM "Comment" WHERE "status" = ${"spam"} LIMIT ${cap}) AS c) AS "spam",
      (SELECT COUNT(*) FROM (SELECT 1 FROM "Comment" WHERE "status" = ${"trash"} LIMIT ${cap}) AS c) AS "trash",
      (SELECT COUNT(*) FROM (SELECT DISTINCT "commentId" FROM "CommentReport" LIMIT ${cap}) AS c) AS "reported"`;
  return Object.fromEntries(queueTabs.map((tab) => [tab, Number(row![tab])])) as Record<QueueTab, number>;
}

/** The reports on these comments, by comment. */
async function reportsOn(db: Database, ids: number[]): Promise<Map<number, CommentReports>> {
  const reports = new Map<number, CommentReports>();
  if (ids.length === 0) return reports;
  const [byReason, notes] = await Promise.all([
    db.commentReport.groupBy({
      by: ["commentId", "reason"],
      where: { commentId: { in: ids } },
      _count: true,
    }),
    db.commentReport.findMany({
      where: { commentId: { in: ids }, note: { not: null } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { commentId: true, note: true },
      take: ids.length * 10,
    }),
  ]);
  const of = (id: number) => {
    if (!reports.has(id)) reports.set(id, { count: 0, byReason: {}, notes: [] });
    return reports.get(id)!;
  };
  for (const row of byReason) {
    const entry = of(row.commentId);
    entry.count += row._count;
    entry.byReason[row.reason] = row._count;
  }
  for (const { commentId, note } of notes) {
    const entry = of(commentId);
    if (entry.notes.length < 3) entry.notes.push(note!);
  }
  return reports;
}

/** The page of reported comments: the latest report first. */
async function reportedPage(db: Database, page: number) {
  const latest = await db.commentReport.groupBy({
    by: ["commentId"],
    _max: { createdAt: true },
    orderBy: [{ _max: { createdAt: "desc" } }, { commentId: "desc" }],
    skip: (page - 1) * QUEUE_PAGE_SIZE,
    take: page * QUEUE_PAGE_SIZE <= QUEUE_COUNT_CAP ? QUEUE_PAGE_SIZE : 0,
  });
  const ids = latest.map((row) => row.commentId);
  const rows = await db.comment.findMany({ where: { id: { in: ids } }, select: queueSelect });
  return ids.flatMap((id) => rows.filter((row) => row.id === id));
}

/** One tab of the moderation queue (newest first) with the count of every tab. */
export async function listCommentQueue(
  db: Database,
  staff: Staff | null,
  { status, page }: { status: QueueTab; page: number },
) {
  authorize(staff, "comments");
  // Before the read: a correction made while the page is read is newer than this.
  const readAt = Date.now();
  const [rows, counts] = await Promise.all([
    status === "reported"
      ? reportedPage(db, page)
      : db.comment.findMany({
          where: { status },
          orderBy: queueOrder,
          skip: (page - 1) * QUEUE_PAGE_SIZE,
          // Past the counted pages there is nothing to show, and no deep OFFSET to walk.
          take: page * QUEUE_PAGE_SIZE <= QUEUE_COUNT_CAP ? QUEUE_PAGE_SIZE : 0,
          select: queueSelect,
        }),
    countTabs(db),
  ]);
  const reports = await reportsOn(
    db,
    rows.map((row) => row.id),
  );
  return {
    comments: rows.map((row) => toQueued(row, reports.get(row.id))),
    /** QUEUE_COUNT_CAP + 1 means "more than the cap". */
    counts,
    pageCount: Math.max(1, Math.ceil(Math.min(counts[status], QUEUE_COUNT_CAP) / QUEUE_PAGE_SIZE)),
    /** When the comments were read (ms), for the form: approving publishes only what was read. */
    readAt,
  };
}

/** One comment with its story, for the edit-and-reply page. */
export async function getQueuedComment(db: Database, staff: Staff | null, id: number) {
  authorize(staff, "comments");
  const row = await db.comment.findUnique({ where: { id }, select: queueSelect });
  return row ? toQueued(row, (await reportsOn(db, [id])).get(id)) : null;
}
