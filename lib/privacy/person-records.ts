import type { Database } from "../database/create-client";
import { messageIdStart } from "../email/envelope";

/** What the lookup reads: the app's database or a transaction on it. */
type Reader = Pick<Database, "comment" | "shareBlock" | "replyNotifyAddress" | "outboxMessage" | "$queryRaw">;

/** The rows that hold one email address, whatever the letter case it was typed in. */
export type PersonRecords = {
  email: string;
  /** Comments written on the readers' form; a staff member's replies from the newsroom are not theirs to erase here. */
  commentIds: number[];
  sentShareIds: number[];
  receivedShareIds: number[];
  /** The newsroom's notices of comments written under the address (their Author line names it). */
  outboxIds: number[];
  /** Reply emails and their confirmations sent to the address. */
  replyEmailIds: number[];
  /** Reply emails to others that quote this person's replies (their name and text). */
  quotingEmailIds: number[];
  /** Whether the address asked for reply emails (confirmed or not). */
  replyEmails: boolean;
  blocked: boolean;
  staffUserId: string | null;
};

/**
 * Finds every row stored under an address. Comments keep addresses in lower case; shares keep
 * the local part as typed, so they are compared in lower case (a scan, fine for a request a
 * person makes now and then).
 */
export async function findPersonRecords(db: Reader, address: string): Promise<PersonRecords> {
  const email = address.trim().toLowerCase();
  const [comments, sent, received, notices, block, staff, replyAddress, replyEmails] = await Promise.all([
    db.comment.findMany({
      where: { authorEmail: email, staffUserId: null },
      select: { id: true },
      orderBy: { id: "asc" },
    }),
    db.$queryRaw<
      { id: number }[]
    >`SELECT "id" FROM "Share" WHERE lower("senderEmail") = ${email} ORDER BY "id"`,
    db.$queryRaw<
      { id: number }[]
    >`SELECT "id" FROM "Share" WHERE lower("recipientEmail") = ${email} ORDER BY "id"`,
    // Candidates by LIKE, then only those whose Author line (the second; names are one line)
    // ends with the address: a comment's text could quote anyone's address.
    db.$queryRaw<{ id: number; text: string }[]>`
      SELECT "id", "text" FROM "OutboxMessage"
      WHERE "shareId" IS NULL AND lower("text") LIKE ${`%<${likeLiteral(email)}>%`} ESCAPE '\\'
      ORDER BY "id"`,
    db.shareBlock.findUnique({ where: { email } }),
    db.$queryRaw<{ id: string }[]>`SELECT "id" FROM "user" WHERE lower("email") = ${email}`,
    db.replyNotifyAddress.findUnique({ where: { email }, select: { email: true } }),
    db.outboxMessage.findMany({
      where: {
        toAddress: email,
        shareId: null,
        OR: [
          { messageId: { startsWith: messageIdStart("reply") } },
          { messageId: { startsWith: messageIdStart("reply-confirm") } },
        ],
      },
      select: { id: true },
      orderBy: { id: "asc" },
    }),
  ]);
  const commentIds = comments.map((row) => row.id);
  const quoting =
    commentIds.length === 0
      ? []
      : await db.outboxMessage.findMany({
          where: { OR: commentIds.map((id) => ({ messageId: { startsWith: messageIdStart("reply", id) } })) },
          select: { id: true },
          orderBy: { id: "asc" },
        });
  return {
    email,
    commentIds,
    sentShareIds: sent.map((row) => Number(row.id)),
    receivedShareIds: received.map((row) => Number(row.id)),
    outboxIds: notices.filter((row) => namesAuthor(row.text, email)).map((row) => Number(row.id)),
    replyEmailIds: replyEmails.map((row) => row.id),
    quotingEmailIds: quoting.map((row) => row.id),
    replyEmails: replyAddress !== null,
    blocked: block !== null,
    staffUserId: staff[0]?.id ?? null,
  };
}

/** Whether a newsroom notice (lib/comments/newsroom-notice.ts) is about a comment by this address. */
function namesAuthor(text: string, email: string): boolean {
  const author = text.split("\n")[1] ?? "";
  return author.startsWith("Author: ") && author.toLowerCase().endsWith(` <${email}>`);
}

/** A value matched literally by LIKE … ESCAPE '\': an address may hold _ and %. */
function likeLiteral(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}
