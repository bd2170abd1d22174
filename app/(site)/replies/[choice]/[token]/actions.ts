"use server";

import type { FormAction } from "@/lib/actions/form-state";
import { z } from "zod";
import { readerAction } from "@/lib/actions/reader-action";
import { Refusal } from "@/lib/errors";
import { confirmReplyEmails, stopReplyEmails } from "@/lib/comments/reply-emails";
import { REPLY_EMAIL_CHOICES, type ReplyEmailsFormState } from "@/lib/comments/reply-emails-form-state";

/** Confirms or stops reply emails; a POST, so that link scanners opening the email's link change nothing. */
export const replyEmailsAction: FormAction<ReplyEmailsFormState> = readerAction({
  name: "reply emails",
  fields: [],
  kept: ["token", "choice"],
  schema: z.object({ token: z.string(), choice: z.enum(REPLY_EMAIL_CHOICES) }),
  unreadable: "block-link-unknown",
  run: async ({ token, choice }, { db }) => {
    const done =
      choice === "confirm" ? await confirmReplyEmails(db, token) : await stopReplyEmails(db, token);
    if (!done) throw new Refusal("block-link-unknown");
    return {};
  },
});
