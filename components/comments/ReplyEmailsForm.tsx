"use client";

import type { FormAction } from "@/lib/actions/form-state";
import { useActionState } from "react";
import type { ReplyEmailsChoice, ReplyEmailsFormState } from "@/lib/comments/reply-emails-form-state";

type Props = {
  action: FormAction<ReplyEmailsFormState>;
  token: string;
  choice: ReplyEmailsChoice;
  address: string;
  siteName: string;
};

/** One button that starts or stops reply emails, and what it did. */
export function ReplyEmailsForm({ action, token, choice, address, siteName }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: "idle", values: { token, choice } });
  if (state.status === "done") {
    return (
      <p role="status" className="mt-4 text-lg">
        {choice === "confirm"
          ? `Thank you. ${address} will be emailed when someone replies to the comments it asked for. Every email has a link to stop them.`
          : `Done. ${siteName} will send no more reply emails to ${address}.`}
      </p>
    );
  }
  return (
    <form action={formAction} className="mt-4">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="choice" value={choice} />
      <p className="text-lg">
        {choice === "confirm"
          ? `Someone, probably you, asked ${siteName} to email ${address} when people reply to a comment.`
          : `${siteName} emails ${address} when people reply to comments it wrote.`}
      </p>
      {state.status === "refused" && (
        <p role="alert" className="mt-4 font-semibold">
          {state.message}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="bg-ink text-paper dark:bg-ink-dark dark:text-paper-dark mt-4 rounded px-5 py-2.5 font-semibold"
      >
        {choice === "confirm" ? "Yes, email me replies" : "Stop reply emails"}
      </button>
    </form>
  );
}
