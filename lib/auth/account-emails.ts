import type { Database, Transaction } from "../database/create-client";
import { messageId, subjectLine } from "../email/envelope";
import { escapeHtml, htmlEmail } from "../email/escape-html";
import type { StaffRole } from "./roles";

/** Where newsroom account emails come from and point to. */
export type AccountMail = { siteUrl: string; siteName: string; mailFrom: string };

/** The pages the account emails link to; the token is the only thing that speaks for the person. */
export const accountPaths = {
  resetPassword: (token: string) => `/admin/reset-password/${token}`,
  invitation: (token: string) => `/admin/invitation/${token}`,
};

/** How long the links stay good. */
export const RESET_LINK_SECONDS = 60 * 60;
export const INVITATION_LINK_SECONDS = 7 * 24 * 60 * 60;

/** Queues the password-reset email in the outbox; the worker sends it. */
export async function queuePasswordResetEmail(
  db: Database,
  user: { email: string; name: string },
  token: string,
  mail: AccountMail,
  now = new Date(),
) {
  const url = `${mail.siteUrl}${accountPaths.resetPassword(token)}`;
  const text = [
    `Hello ${user.name},`,
    "",
    `Someone, probably you, asked to reset the password of your ${mail.siteName} newsroom account.`,
    "",
    `To choose a new password, open this link within an hour: ${url}`,
    "",
    "The link works once. If you did not ask, ignore this email: your password stays as it is.",
  ].join("\n");
  await db.outboxMessage.create({
    data: {
      toAddress: user.email,
      fromAddress: mail.mailFrom,
      subject: subjectLine("password-reset", mail.siteName),
      text,
      html: htmlEmail(
        `<p>Hello ${escapeHtml(user.name)},</p>
<p>Someone, probably you, asked to reset the password of your ${escapeHtml(mail.siteName)} newsroom account.</p>
<p><a href="${escapeHtml(url)}">Choose a new password</a> (the link works once, within an hour).</p>
<p>If you did not ask, ignore this email: your password stays as it is.</p>`,
      ),
      messageId: messageId("password-reset", 0, mail.siteUrl),
      nextAttemptAt: now,
    },
  });
}

/** A role as a sentence says it: "as an editor". */
export const roleWithArticle: Record<StaffRole, string> = {
  admin: "an admin",
  editor: "an editor",
  moderator: "a moderator",
};

/** Queues the invitation email in the outbox. */
export async function queueInvitationEmail(
  db: Database | Transaction,
  invitee: { email: string; name: string; role: StaffRole },
  invitedBy: string,
  token: string,
  mail: AccountMail,
  now = new Date(),
) {
  const url = `${mail.siteUrl}${accountPaths.invitation(token)}`;
  const text = [
    `Hello ${invitee.name},`,
    "",
    `${invitedBy} has invited you to the ${mail.siteName} newsroom as ${roleWithArticle[invitee.role]}.`,
    "",
    `To accept, open this link within 7 days and choose your password: ${url}`,
    "",
    "The link works once. If you did not expect this, ignore this email.",
  ].join("\n");
  await db.outboxMessage.create({
    data: {
      toAddress: invitee.email,
      fromAddress: mail.mailFrom,
      subject: subjectLine("staff-invitation", mail.siteName),
      text,
      html: htmlEmail(
        `<p>Hello ${escapeHtml(invitee.name)},</p>
<p>${escapeHtml(invitedBy)} has invited you to the ${escapeHtml(mail.siteName)} newsroom as ${roleWithArticle[invitee.role]}.</p>
<p><a href="${escapeHtml(url)}">Accept and choose your password</a> (the link works once, within 7 days).</p>
<p>If you did not expect this, ignore this email.</p>`,
      ),
      messageId: messageId("staff-invitation", 0, mail.siteUrl),
      nextAttemptAt: now,
    },
  });
}
