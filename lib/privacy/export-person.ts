import { recordAudit, type AuditActor } from "../audit/record-audit";
import { maskAddress } from "../sharing/block-recipient";
import type { Database } from "../database/create-client";
import { findPersonRecords } from "./person-records";

/**
 * Everything stored under an email address, as a person asking for it would read it: their
 * comments (with the story each is on), the shares they sent and received, the newsroom emails
 * that name them, their reply emails (the request and those sent), whether they refuse shares, and whether the address is a staff account.
 */
/** Exports a person's data and logs that it was done, by whom, with the address masked. */
export async function exportPersonLogged(db: Database, by: AuditActor, address: string) {
  const data = await exportPerson(db, address);
  await recordAudit(db, by, { action: "privacy.export", summary: maskAddress(address) });
  return data;
}

export async function exportPerson(db: Database, address: string, now = new Date()) {
  const records = await findPersonRecords(db, address);
  const story = { select: { headline: true, slug: true } } as const;
  const [comments, sent, received, emails, replyEmailsSent, quoting, replyEmails, staff] = await Promise.all([
    db.comment.findMany({
      where: { id: { in: records.commentIds } },
      orderBy: { id: "asc" },
      select: {
        id: true,
        createdAt: true,
        authorName: true,
        authorEmail: true,
        authorUrl: true,
        body: true,
        status: true,
        moderationReason: true,
        ip: true,
        editedAt: true,
        notifyReplies: true,
        parentId: true,
        article: story,
      },
    }),
    db.share.findMany({
      where: { id: { in: records.sentShareIds } },
      orderBy: { id: "asc" },
      select: {
        id: true,
        createdAt: true,
        senderName: true,
        senderEmail: true,
        recipientEmail: true,
        message: true,
        ip: true,
        article: story,
        outbox: { select: { status: true, sentAt: true } },
      },
    }),
    db.share.findMany({
      where: { id: { in: records.receivedShareIds } },
      orderBy: { id: "asc" },
      // A share received is the sender's as much as the recipient's: the recipient learns what
      // reached them (the email itself), not the sender's address or IP.
      select: {
        id: true,
        createdAt: true,
        senderName: true,
        message: true,
        article: story,
        outbox: { select: { status: true, sentAt: true } },
      },
    }),
    db.outboxMessage.findMany({
      where: { id: { in: records.outboxIds } },
      orderBy: { id: "asc" },
      select: { id: true, createdAt: true, toAddress: true, subject: true, text: true, status: true },
    }),
    db.outboxMessage.findMany({
      where: { id: { in: records.replyEmailIds } },
      orderBy: { id: "asc" },
      select: { id: true, createdAt: true, subject: true, text: true, status: true },
    }),
    // Not to whom, nor the text: both are the other person's (the text holds their stop link);
    // the reply it quotes is in the comments above.
    db.outboxMessage.findMany({
      where: { id: { in: records.quotingEmailIds } },
      orderBy: { id: "asc" },
      select: { id: true, createdAt: true, subject: true, status: true },
    }),
    // The token is left out: it is a key, not information about the person.
    db.replyNotifyAddress.findUnique({
      where: { email: records.email },
      select: { createdAt: true, confirmedAt: true, confirmationSentAt: true, stoppedAt: true },
    }),
    records.staffUserId
      ? db.user.findUnique({
          where: { id: records.staffUserId },
          select: { name: true, email: true, role: true, createdAt: true },
        })
      : null,
  ]);
  return {
    email: records.email,
    exportedAt: now.toISOString(),
    comments: comments.map(({ article, ...comment }) => ({
      ...comment,
      ip: comment.ip || null,
      story: article,
    })),
    sharesSent: sent.map(({ article, outbox, ...share }) => ({
      ...share,
      ip: share.ip || null,
      story: article,
      email: outbox ?? null,
    })),
    sharesReceived: received.map(({ article, outbox, ...share }) => ({
      ...share,
      story: article,
      email: outbox ?? null,
    })),
    newsroomEmailsNamingYou: emails,
    replyEmails,
    replyEmailsSentToYou: replyEmailsSent,
    replyEmailsQuotingYou: quoting,
    refusesSharedStories: records.blocked,
    staffAccount: staff,
  };
}

export type PersonExport = Awaited<ReturnType<typeof exportPerson>>;
