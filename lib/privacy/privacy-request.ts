import { z } from "zod";
import type { FormState } from "../actions/form-state";
import { normaliseEmailAddress } from "../sharing/email-address";
import type { EraseReport } from "./erase-person";
import type { PersonExport } from "./export-person";

/**
 * A privacy request's address, checked the same way in the CLI and the newsroom: by the rule
 * shares were checked with (lib/sharing/email-address.ts), so every address stored can be asked for.
 */
export const privacyEmail = z
  .string({ error: "Enter the email address the request is about." })
  .trim()
  .min(1, "Enter the email address the request is about.")
  .transform((value, ctx) => {
    const address = normaliseEmailAddress(value);
    if (address) return address.toLowerCase();
    ctx.addIssue({ code: "custom", message: "Enter an email address like name@example.com." });
    return z.NEVER;
  });

const n = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** What an export holds, in a line: "2 comments, 1 share sent, 0 shares received, 1 newsroom notice". */
export function describeExport(data: PersonExport): string {
  return [
    n(data.comments.length, "comment"),
    `${n(data.sharesSent.length, "share")} sent`,
    `${n(data.sharesReceived.length, "share")} received`,
    n(data.newsroomEmailsNamingYou.length, "newsroom notice"),
    ...(data.replyEmails ? ["asked for reply emails"] : []),
    ...(data.refusesSharedStories ? ["refuses shared stories"] : []),
    ...(data.staffAccount ? ["a newsroom account"] : []),
  ].join(", ");
}

/** The sentences an erasure report is told in, to the operator or the admin. */
export function describeErasure(report: Omit<EraseReport, "paths">): string[] {
  return [
    `${n(report.commentsAnonymised, "comment")} now shown as Anonymous, without a website; address and IP erased` +
      (report.commentTextsRemoved ? `; text removed from ${n(report.commentTextsRemoved, "comment")}` : ""),
    `${n(report.sharesDropped, "share")} not yet sent: dropped with the email`,
    `${n(report.sharesAnonymised, "share")} already sent: sender's name, address, message and IP erased, our copy of the email deleted`,
    `${n(report.sharesReceivedDeleted, "share")} sent to this address: deleted with the email`,
    `${n(report.newsroomEmailsDeleted, "newsroom notice")} naming this address: deleted`,
    ...(report.replyEmailsStopped ? ["reply emails stopped: the request to receive them deleted"] : []),
    ...(report.replyEmailsDeleted
      ? [`${n(report.replyEmailsDeleted, "reply email")} to this address: deleted`]
      : []),
    ...(report.refusalKept
      ? ["the address stays on the list that refuses shared stories, so that refusal is still honoured"]
      : []),
    ...(report.staffAccount ? ["a newsroom account uses this address; it was not changed"] : []),
  ];
}

/** Look up an address: what the export form sends. */
export const exportRequest = z.object({ email: privacyEmail });

/** Erase a person: the address, whether their comments' text goes too, and a ticked confirmation. */
export const eraseRequest = z.object({
  email: privacyEmail,
  removeText: z.string().transform((value) => value === "on"),
  confirm: z.literal("on", { error: "Tick the box to confirm: an erasure cannot be undone." }),
});

export type ExportFormState = FormState<{ email: string }, { json: string; summary: string }>;
export type EraseFormState = FormState<
  { email: string; removeText: string; confirm: string },
  { report: string[] }
>;
