import type { CommentStatus } from "../statuses";
import type { Database } from "../database/create-client";
import { env } from "../env";
import { authorize, type Staff } from "../auth/roles";
import { countByDay, type DayCount } from "./day-series";

export const DASHBOARD_DAYS = 30;

export type NewsroomSummary = {
  published: DayCount[];
  comments: Record<CommentStatus, DayCount[]>;
  shares: DayCount[];
  waiting: { pendingComments: number; failedEmails: number; scheduledStories: number };
};

/** The last 30 days of the site's life by day, and what waits for the newsroom. */
export async function summarizeNewsroom(
  db: Database,
  staff: Staff | null,
  now = new Date(),
): Promise<NewsroomSummary> {
  authorize(staff, "dashboard");
  const since = new Date(now.getTime() - DASHBOARD_DAYS * 86_400_000);
  const [stories, comments, shares, pendingComments, failedEmails, scheduledStories] = await Promise.all([
    db.article.findMany({
      where: { status: "published", publishedAt: { gte: since, lte: now } },
      select: { publishedAt: true },
    }),
    db.comment.findMany({ where: { createdAt: { gte: since } }, select: { createdAt: true, status: true } }),
    db.outboxMessage.findMany({
      where: { shareId: { not: null }, status: "sent", sentAt: { gte: since } },
      select: { sentAt: true },
    }),
    db.comment.count({ where: { status: "pending" } }),
    db.outboxMessage.count({ where: { status: "failed" } }),
    db.article.count({ where: { status: "scheduled" } }),
  ]);
  const series = (moments: Date[]) =>
    countByDay(moments, { now, days: DASHBOARD_DAYS, timeZone: env.SITE_TIMEZONE });
  const commentsWith = (status: keyof NewsroomSummary["comments"]) =>
    series(comments.filter((comment) => comment.status === status).map((comment) => comment.createdAt));
  return {
    published: series(stories.map((story) => story.publishedAt!)),
    comments: {
      approved: commentsWith("approved"),
      pending: commentsWith("pending"),
      spam: commentsWith("spam"),
      trash: commentsWith("trash"),
    },
    shares: series(shares.map((share) => share.sentAt!)),
    waiting: { pendingComments, failedEmails, scheduledStories },
  };
}
