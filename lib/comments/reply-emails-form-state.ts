import type { FormState } from "../actions/form-state";

/** The one-button form behind a reply email's links: which link, and its token. */
export type ReplyEmailsFormState = FormState<{ token: string; choice: string }>;

/** The two links a reply email can carry: the page address names one. */
export const REPLY_EMAIL_CHOICES = ["confirm", "stop"] as const;
export type ReplyEmailsChoice = (typeof REPLY_EMAIL_CHOICES)[number];

export function isReplyEmailsChoice(value: string): value is ReplyEmailsChoice {
  return (REPLY_EMAIL_CHOICES as readonly string[]).includes(value);
}
