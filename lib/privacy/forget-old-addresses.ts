import type { Database } from "../database/create-client";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Empties the IP address of every comment and share older than `days` (RETENTION_DAYS): kept
 * that long for moderators to deal with floods and abuse, then of no use. The moderation
 * reason and status stay. Our copies of the newsroom's notices (which quote the commenter's
 * address and IP) go too, once no longer waiting to be sent, and readers' reports on comments
 * no moderator has dealt with (they stop counting towards hiding one), and addresses typed into
 * "Email me replies" whose owner never confirmed. Run by every instance's hourly
 * sweep; running twice changes nothing.
 */
export async function forgetOldAddresses(
  db: Database,
  days: number,
  now = new Date(),
): Promise<{
  comments: number;
  shares: number;
  notices: number;
  reports: number;
  unconfirmedReplyAddresses: number;
}> {
  const before = new Date(now.getTime() - days * DAY_MS);
  const where = { createdAt: { lt: before }, ip: { not: "" } };
  const [comments, shares, notices, reports, unconfirmed] = await Promise.all([
    db.comment.updateMany({ where, data: { ip: "" } }),
    db.share.updateMany({ where, data: { ip: "" } }),
    db.outboxMessage.deleteMany({
      where: { shareId: null, status: { not: "queued" }, createdAt: { lt: before } },
    }),
    db.commentReport.deleteMany({ where: { createdAt: { lt: before } } }),
    // Asked again lately (after a stop, or once more): its owner may still follow the new link.
    db.replyNotifyAddress.deleteMany({
      where: {
        confirmedAt: null,
        createdAt: { lt: before },
        OR: [{ confirmationSentAt: null }, { confirmationSentAt: { lt: before } }],
      },
    }),
  ]);
  return {
    comments: comments.count,
    shares: shares.count,
    notices: notices.count,
    reports: reports.count,
    unconfirmedReplyAddresses: unconfirmed.count,
  };
}
