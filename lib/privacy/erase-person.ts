import { recordAudit, type AuditActor } from "../audit/record-audit";
import { maskAddress } from "../sharing/block-recipient";
import { pathsShowingComments } from "../cache/story-derived-routes";
import type { Database } from "../database/create-client";
import { retryWrite, transactionOptions } from "../database/retry-write";
import { findPersonRecords } from "./person-records";

/** The name an erased person's comments are shown under. */
export const ERASED_NAME = "Anonymous";
/** What an erased comment says when its text goes too. */
export const REMOVED_TEXT = "This comment was removed at its author’s request.";

export type EraseReport = {
  email: string;
  commentsAnonymised: number;
  commentTextsRemoved: number;
  /** Shares not yet sent: dropped with their email. */
  sharesDropped: number;
  /** Shares already sent: the sender's name, address, message and IP emptied, our copy of the email deleted. */
  sharesAnonymised: number;
  /** Shares sent to the address: deleted with their email. */
  sharesReceivedDeleted: number;
  newsroomEmailsDeleted: number;
  /** The address had asked for reply emails: that request is deleted, so none is sent again. */
  replyEmailsStopped: boolean;
  /** Reply emails and confirmations sent to the address, and those to others quoting their replies (unsent ones are not sent). */
  replyEmailsDeleted: number;
  /** The address stays on the list that refuses shares, so the refusal goes on being honoured. */
  refusalKept: boolean;
  /** A staff account with this address is not touched here. */
  staffAccount: boolean;
  /** Reader pages that showed the comments, to revalidate. */
  paths: string[];
};

/**
 * Erases a person by email address: their comments stay (replies hang on them) but are shown
 * as Anonymous without a website, with their text too when `removeText`; what the database kept
 * to recognise them (address, IP, the duplicate fingerprint) goes; a staff member's newsroom
 * replies are theirs as staff and stay. One transaction: all or nothing.
 */
const counted = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

export async function erasePerson(
  db: Database,
  address: string,
  { removeText, by = { system: "Command line" } }: { removeText: boolean; by?: AuditActor },
  now = new Date(),
): Promise<EraseReport> {
  // The lookup runs in the transaction, so what it finds is what is erased.
  return retryWrite(() =>
    db.$transaction(async (tx) => {
      const records = await findPersonRecords(tx, address);
      const comments = { id: { in: records.commentIds } };
      await tx.comment.updateMany({
        where: comments,
        data: {
          authorName: ERASED_NAME,
          authorEmail: "",
          authorUrl: null,
          ip: "",
          notifyReplies: false,
          ...(removeText ? { body: REMOVED_TEXT } : {}),
        },
      });
      // The fingerprint hashed the address; a per-row value keeps the column unique.
      for (const id of records.commentIds) {
        await tx.comment.update({ where: { id }, data: { fingerprint: `erased:${id}` } });
      }
      // A queued email no worker holds can still be stopped, by a delete that checks so itself:
      // one a worker takes in the meantime is sent, and counted with the shares already sent.
      const stopped = await tx.outboxMessage.findMany({
        where: {
          shareId: { in: records.sentShareIds },
          status: "queued",
          OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
        },
        select: { id: true, shareId: true },
      });
      const stoppedCount = await tx.outboxMessage.deleteMany({
        where: {
          id: { in: stopped.map((row) => row.id) },
          status: "queued",
          OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
        },
      });
      const dropped = stoppedCount.count === stopped.length ? stopped.map((row) => row.shareId!) : [];
      const received = records.receivedShareIds.filter((id) => !dropped.includes(id));
      const kept = records.sentShareIds.filter((id) => !dropped.includes(id) && !received.includes(id));
      await tx.outboxMessage.deleteMany({
        where: {
          OR: [
            { shareId: { in: [...kept, ...received] } },
            { id: { in: [...records.outboxIds, ...records.replyEmailIds, ...records.quotingEmailIds] } },
          ],
        },
      });
      await tx.replyNotifyAddress.deleteMany({ where: { email: records.email } });
      await tx.share.deleteMany({ where: { id: { in: [...dropped, ...received] } } });
      const anonymised = await tx.share.updateMany({
        where: { id: { in: kept } },
        data: { senderName: "", senderEmail: "", message: null, ip: "" },
      });
      const stories = await tx.article.findMany({
        where: { comments: { some: comments } },
        select: { slug: true, section: { select: { slug: true } } },
      });
      // The log names the person only masked: the erasure must not keep what it erased.
      await recordAudit(
        tx,
        by,
        {
          action: "privacy.erase",
          summary: `${maskAddress(records.email)}: ${counted(records.commentIds.length, "comment")}${removeText ? " (text removed)" : ""}, ${counted(records.sentShareIds.length + records.receivedShareIds.length, "share")}`,
        },
        now,
      );
      return {
        email: records.email,
        commentsAnonymised: records.commentIds.length,
        commentTextsRemoved: removeText ? records.commentIds.length : 0,
        sharesDropped: dropped.length,
        sharesAnonymised: anonymised.count,
        sharesReceivedDeleted: received.length,
        newsroomEmailsDeleted: records.outboxIds.length,
        replyEmailsStopped: records.replyEmails,
        replyEmailsDeleted: records.replyEmailIds.length + records.quotingEmailIds.length,
        refusalKept: records.blocked,
        staffAccount: records.staffUserId !== null,
        paths: stories.flatMap((story) => pathsShowingComments(story.section.slug, story.slug)),
      };
    }, transactionOptions),
  );
}
