import type { Database } from "../database/create-client";

/** The rows that hold one email address, whatever the letter case it was typed in. */
export type PersonRecords = {
  email: string;
  commentIds: number[];
  sentShareIds: number[];
  receivedShareIds: number[];
  /** Emails that are not a share's but name the address: the newsroom's notices of new comments. */
  outboxIds: number[];
  blocked: boolean;
  staffUserId: string | null;
};

/**
 * Finds every row stored under an address. Comments keep addresses in lower case; shares keep
 * the local part as typed, so they are compared in lower case (a scan, fine for a request a
 * person makes now and then).
 */
export async function findPersonRecords(db: Database, address: string): Promise<PersonRecords> {
  const email = address.trim().toLowerCase();
  const [comments, sent, received, outbox, block, staff] = await Promise.all([
    db.comment.findMany({ where: { authorEmail: email }, select: { id: true }, orderBy: { id: "asc" } }),
    db.$queryRaw<
      { id: number }[]
    >`SELECT "id" FROM "Share" WHERE lower("senderEmail") = ${email} ORDER BY "id"`,
    db.$queryRaw<
      { id: number }[]
    >`SELECT "id" FROM "Share" WHERE lower("recipientEmail") = ${email} ORDER BY "id"`,
    db.$queryRaw<{ id: number }[]>`
      SELECT "id" FROM "OutboxMessage"
      WHERE "shareId" IS NULL
        AND (lower("toAddress") = ${email} OR lower("replyTo") = ${email}
          OR lower("text") LIKE ${`%<${likeLiteral(email)}>%`} ESCAPE '\\')
      ORDER BY "id"`,
    db.shareBlock.findUnique({ where: { email } }),
    db.$queryRaw<{ id: string }[]>`SELECT "id" FROM "user" WHERE lower("email") = ${email}`,
  ]);
  return {
    email,
    commentIds: comments.map((row) => row.id),
    sentShareIds: sent.map((row) => Number(row.id)),
    receivedShareIds: received.map((row) => Number(row.id)),
    outboxIds: outbox.map((row) => Number(row.id)),
    blocked: block !== null,
    staffUserId: staff[0]?.id ?? null,
  };
}

/** A value matched literally by LIKE … ESCAPE '\\': an address may hold _ and %. */
function likeLiteral(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}
