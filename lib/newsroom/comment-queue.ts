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

/** One tab of the moderation queue (newest first) with the count of every tab. */
export async function listCommentQueue(
  db: Database,
  staff: Staff | null,
  { status, page }: { status: CommentStatus; page: number },
) {
  authorize(staff, "comments");
  const [rows, ...tabCounts] = await Promise.all([
    db.comment.findMany({
      where: { status },
      orderBy: queueOrder,
      skip: (page - 1) * QUEUE_PAGE_SIZE,
      // Past the counted pages there is nothing to show, and no deep OFFSET to walk.
      take: page * QUEUE_PAGE_SIZE <= QUEUE_COUNT_CAP ? QUEUE_PAGE_SIZE : 0,
      select: queueSelect,
    }),
    // Ids in the index's order, not count({ take }): that orders by id, and SQLite then walks
    // every comment by id instead of reading one status from the (status, createdAt, id) index.
    ...commentStatuses.map((tab) =>
      db.comment.findMany({
        where: { status: tab },
        orderBy: queueOrder,
        take: QUEUE_COUNT_CAP + 1,
        select: { id: true },
      }),
    ),
  ]);
  const counts = Object.fromEntries(commentStatuses.map((tab, i) => [tab, tabCounts[i]!.length])) as Record<
    CommentStatus,
    number
  >;
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
