import { pathsShowingComments } from "../cache/story-derived-routes";
import type { Database } from "../database/create-client";
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
 * to recognise them (address, IP, the duplicate fingerprint) goes. One transaction: all or nothing.
 */
export async function erasePerson(
  db: Database,
  address: string,
  { removeText }: { removeText: boolean },
  now = new Date(),
): Promise<EraseReport> {
  const records = await findPersonRecords(db, address);
  return db.$transaction(async (tx) => {
    for (const id of records.commentIds) {
      await tx.comment.update({
        where: { id },
        data: {
          authorName: ERASED_NAME,
          authorEmail: "",
          authorUrl: null,
          ip: "",
          // The fingerprint hashed the address; a per-row value keeps the column unique.
          fingerprint: `erased:${id}`,
          ...(removeText ? { body: REMOVED_TEXT } : {}),
        },
      });
    }
    const sent = await tx.share.findMany({
      where: { id: { in: records.sentShareIds } },
      select: { id: true, outbox: { select: { id: true, status: true, lockedUntil: true } } },
    });
    // A queued email no worker holds can still be stopped; one being sent now counts as sent.
    const stoppable = sent.filter(
      ({ outbox }) => outbox?.status === "queued" && (!outbox.lockedUntil || outbox.lockedUntil < now),
    );
    const outboxOf = (shares: typeof sent) => shares.flatMap(({ outbox }) => (outbox ? [outbox.id] : []));
    const received = await tx.share.findMany({
      where: {
        id: { in: records.receivedShareIds },
        NOT: { id: { in: stoppable.map((share) => share.id) } },
      },
      select: { id: true, outbox: { select: { id: true, status: true, lockedUntil: true } } },
    });
    await tx.outboxMessage.deleteMany({
      where: { id: { in: [...outboxOf(sent), ...outboxOf(received), ...records.outboxIds] } },
    });
    const dropped = stoppable.map((share) => share.id);
    const receivedIds = received.map((share) => share.id);
    await tx.share.deleteMany({ where: { id: { in: [...dropped, ...receivedIds] } } });
    const anonymised = await tx.share.updateMany({
      where: {
        id: { in: records.sentShareIds.filter((id) => !dropped.includes(id) && !receivedIds.includes(id)) },
      },
      data: { senderName: "", senderEmail: "", message: null, ip: "" },
    });
    const stories = await tx.article.findMany({
      where: { comments: { some: { id: { in: records.commentIds } } } },
      select: { slug: true, section: { select: { slug: true } } },
    });
    return {
      email: records.email,
      commentsAnonymised: records.commentIds.length,
      commentTextsRemoved: removeText ? records.commentIds.length : 0,
      sharesDropped: dropped.length,
      sharesAnonymised: anonymised.count,
      sharesReceivedDeleted: receivedIds.length,
      newsroomEmailsDeleted: records.outboxIds.length,
      refusalKept: records.blocked,
      staffAccount: records.staffUserId !== null,
      paths: stories.flatMap((story) => pathsShowingComments(story.section.slug, story.slug)),
    };
  });
}
