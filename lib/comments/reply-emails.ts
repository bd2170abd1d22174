import { randomBytes } from "node:crypto";
import { commentPermalink, storyPath } from "../articles/story-paths";
import type { Database, Transaction } from "../database/create-client";
import { messageId, messageIdStart, subjectLine } from "../email/envelope";
import { escapeHtml, htmlEmail, quotedText } from "../email/escape-html";
import { addressKey } from "../sharing/email-address";

/** Where reply emails come from and point to. */
export type ReplyMail = { siteUrl: string; siteName: string; mailFrom: string };

const DAY_MS = 24 * 60 * 60 * 1000;
/** Reply emails to one address in a day; past it, replies wait on the page (a thread can be busy). */
export const REPLY_EMAILS_PER_DAY = 10;

const newToken = () => randomBytes(24).toString("base64url");

/** The paths of a reply-email address's two pages; their tokens are in the links of every email. */
export const replyEmailPaths = {
  confirm: (token: string) => `/replies/confirm/${token}`,
  stop: (token: string) => `/replies/stop/${token}`,
};

/**
 * The commenter ticked "Email me replies". Double opt-in: an address that has not confirmed
 * (or has stopped the emails since) gets one email with a link to confirm, at most once a day
 * however often a stranger types it, and nothing else until its owner follows the link. An
 * address that refused shares from the site gets nothing. Called in the comment's transaction.
 */
export async function requestReplyEmails(tx: Transaction, email: string, mail: ReplyMail, now: Date) {
  const key = addressKey(email);
  if (await tx.shareBlock.findUnique({ where: { email: key } })) return;
  // An update that writes something: Prisma then sends one INSERT … ON CONFLICT DO UPDATE (an
  // empty one is a SELECT then an INSERT, whose unique error would abort the comment's transaction
  // when two first comments from one address arrive together on PostgreSQL).
  await tx.replyNotifyAddress.upsert({
    where: { email: key },
    create: { email: key, token: newToken() },
    update: { email: key },
  });
  const claimed = await tx.replyNotifyAddress.updateMany({
    where: {
      email: key,
      OR: [{ confirmedAt: null }, { stoppedAt: { not: null } }],
      AND: [
        {
          OR: [
            { confirmationSentAt: null },
            { confirmationSentAt: { lt: new Date(now.getTime() - DAY_MS) } },
          ],
        },
      ],
    },
    data: { confirmationSentAt: now, confirmedAt: null, stoppedAt: null },
  });
  if (claimed.count === 0) return; // confirmed already, or asked today
  const { token } = await tx.replyNotifyAddress.findUniqueOrThrow({ where: { email: key } });
  const confirmUrl = `${mail.siteUrl}${replyEmailPaths.confirm(token)}`;
  const lines = [
    `Someone, probably you, asked ${mail.siteName} to email this address when people reply to a comment.`,
    "",
    `To start these emails, open this link and confirm: ${confirmUrl}`,
    "",
    "If it was not you, ignore this email: nothing more will be sent.",
  ];
  await tx.outboxMessage.create({
    data: {
      toAddress: key,
      fromAddress: mail.mailFrom,
      subject: subjectLine("reply-confirm", mail.siteName),
      text: lines.join("\n"),
      html: htmlEmail(
        `<p>Someone, probably you, asked ${escapeHtml(mail.siteName)} to email this address when people reply to a comment.</p>
<p><a href="${escapeHtml(confirmUrl)}">Confirm reply emails</a></p>
<p>If it was not you, ignore this email: nothing more will be sent.</p>`,
      ),
      messageId: messageId("reply-confirm", 0, mail.siteUrl),
      nextAttemptAt: now,
    },
  });
}

/**
 * A reply has just been approved (posted by a known commenter, approved by a moderator, or
 * written by the newsroom): its parent's author is emailed if they asked and confirmed, once
 * per reply whatever happens to it later, since the reply is marked in the same transaction
 * (two moderators approving it at once: one marks it, the other finds it marked).
 */
export async function queueReplyNotice(tx: Transaction, replyId: number, mail: ReplyMail, now: Date) {
  const marked = await tx.comment.updateMany({
    where: { id: replyId, status: "approved", replyNoticeAt: null, parentId: { not: null } },
    data: { replyNoticeAt: now },
  });
  if (marked.count === 0) return;
  const reply = await tx.comment.findUniqueOrThrow({
    where: { id: replyId },
    select: {
      authorName: true,
      authorEmail: true,
      body: true,
      parent: { select: { authorEmail: true, notifyReplies: true, status: true } },
      article: { select: { headline: true, slug: true, section: { select: { slug: true } } } },
    },
  });
  const parent = reply.parent;
  if (!parent?.notifyReplies || parent.status !== "approved") return;
  const to = addressKey(parent.authorEmail);
  if (to === addressKey(reply.authorEmail)) return; // answering oneself
  const [address, blocked, sentToday] = await Promise.all([
    tx.replyNotifyAddress.findUnique({ where: { email: to } }),
    tx.shareBlock.findUnique({ where: { email: to } }),
    tx.outboxMessage.count({
      where: {
        toAddress: to,
        messageId: { startsWith: messageIdStart("reply") },
        createdAt: { gt: new Date(now.getTime() - DAY_MS) },
      },
    }),
  ]);
  if (!address?.confirmedAt || address.stoppedAt || blocked || sentToday >= REPLY_EMAILS_PER_DAY) return;

  const storyUrl = `${mail.siteUrl}${storyPath(reply.article.section.slug, reply.article.slug)}`;
  const replyUrl = commentPermalink(storyUrl, replyId);
  const stopUrl = `${mail.siteUrl}${replyEmailPaths.stop(address.token)}`;
  const text = [
    `${reply.authorName} replied to your comment on “${reply.article.headline}”:`,
    "",
    reply.body,
    "",
    `Read it and answer: ${replyUrl}`,
    "",
    `You get this because you asked to be emailed replies. To stop these emails: ${stopUrl}`,
  ].join("\n");
  await tx.outboxMessage.create({
    data: {
      toAddress: to,
      fromAddress: mail.mailFrom,
      subject: subjectLine("reply", reply.authorName, reply.article.headline),
      text,
      html: htmlEmail(
        `<p>${escapeHtml(reply.authorName)} replied to your comment on “${escapeHtml(reply.article.headline)}”:</p>
${quotedText(reply.body)}
<p><a href="${escapeHtml(replyUrl)}">Read it and answer</a></p>
<p style="font-size: small;">You get this because you asked to be emailed replies. <a href="${escapeHtml(stopUrl)}">Stop these emails</a></p>`,
      ),
      messageId: messageId("reply", replyId, mail.siteUrl),
      nextAttemptAt: now,
    },
  });
}

/** What a confirm or stop link speaks for: the address it was sent to and where it stands. */
export async function getReplyEmailAddress(db: Database, token: string) {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  const row = await db.replyNotifyAddress.findUnique({ where: { token } });
  if (!row) return null;
  return { email: row.email, confirmed: row.confirmedAt !== null && row.stoppedAt === null };
}

/** The owner followed the confirmation link; true when the token was ours. */
export async function confirmReplyEmails(db: Database, token: string, now = new Date()): Promise<boolean> {
  if (!(await getReplyEmailAddress(db, token))) return false;
  await db.replyNotifyAddress.update({ where: { token }, data: { confirmedAt: now, stoppedAt: null } });
  return true;
}

/** "Stop these emails": nothing more is sent until the owner ticks the box and confirms again. */
export async function stopReplyEmails(db: Database, token: string, now = new Date()): Promise<boolean> {
  if (!(await getReplyEmailAddress(db, token))) return false;
  await db.replyNotifyAddress.update({ where: { token }, data: { stoppedAt: now } });
  return true;
}
