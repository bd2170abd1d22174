import { randomBytes } from "node:crypto";

/** Every email Dateline sends, by kind: its subject line, always on one line whatever the inputs hold. */
export const subjects = {
  share: (senderName: string, headline: string) => `${senderName} sent you: ${headline}`,
  "comment-pending": (headline: string) => `Comment awaiting moderation on “${headline}”`,
  "comment-new": (headline: string) => `New comment on “${headline}”`,
  reply: (replierName: string, headline: string) => `${replierName} replied to your comment on “${headline}”`,
  "reply-confirm": (siteName: string) => `Confirm reply emails from ${siteName}`,
  "password-reset": (siteName: string) => `Reset your ${siteName} newsroom password`,
  "staff-invitation": (siteName: string) => `You are invited to the ${siteName} newsroom`,
} as const;

export type EmailKind = keyof typeof subjects;

/** The subject line of an email of this kind. */
export function subjectLine<Kind extends EmailKind>(
  kind: Kind,
  ...args: Parameters<(typeof subjects)[Kind]>
): string {
  const line = (subjects[kind] as (...parts: string[]) => string)(...(args as string[]));
  return line.replace(/[\r\n]+/g, " ");
}

/**
 * A Message-ID that names what the email is about ("<share.12.…@example.com>"), unique
 * however often the outbox retries it, in the site's own domain.
 */
export type MessageAbout =
  "share" | "comment" | "reply" | "reply-confirm" | "password-reset" | "staff-invitation";

export function messageId(about: MessageAbout, id: number, siteUrl: string): string {
  const host = URL.canParse(siteUrl) ? new URL(siteUrl).hostname || "localhost" : "localhost";
  return `${messageIdStart(about, id)}${randomBytes(12).toString("hex")}@${host}>`;
}

/** How every Message-ID of this kind (about this record, given its id) begins: outbox rows are found by it. */
export function messageIdStart(about: MessageAbout, id?: number): string {
  return id === undefined ? `<${about}.` : `<${about}.${id}.`;
}
