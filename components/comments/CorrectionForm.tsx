"use client";

import { useActionState } from "react";
import { type FormAction, fieldErrorsOf, summaryMessages } from "@/lib/actions/form-state";
import type { CorrectionFormState } from "@/lib/comments/correction-form-state";
import { COMMENT_LIMITS } from "@/lib/validation/form-limits";
import { ErrorSummary } from "../ui/ErrorSummary";
import { FormField, inputClass } from "../ui/FormField";
import { useFocusOnAnswer } from "../ui/use-focus-on-answer";
import { SubmitButton } from "../ui/SubmitButton";

type Props = {
  action: FormAction<CorrectionFormState>;
  commentId: number;
  /** The comment's text as it stands. */
  text: string;
  /** "14:32 CET": when the window closes. */
  until: string;
  /** Where a post without JavaScript lands: this page. */
  permalink: string;
  /** The comment in its story. */
  backHref: string;
};

/** The author's own comment in a text box, saved once more within the window. */
export function CorrectionForm({ action, commentId, text, until, permalink, backHref }: Props) {
  const [state, formAction, pending] = useActionState(
    action,
    { status: "idle", values: { comment: text, commentId: String(commentId) } },
    permalink,
  );
  const errors = fieldErrorsOf(state);
  useFocusOnAnswer(state, "correction-result");

  return (
    <>
      {state.status === "done" && (
        <div
          id="correction-result"
          tabIndex={-1}
          role="status"
          className="mt-6 border-l-4 border-[#2f6f3e] p-4 dark:border-[#7fd08f]"
        >
          <p className="font-semibold">
            {state.outcome.status === "approved"
              ? "Your correction is saved and shown, marked as edited."
              : `Your correction is saved. Your comment is awaiting moderation${state.outcome.heldBecause ? `: it is held for a moderator ${state.outcome.heldBecause}` : ""}.`}
          </p>
          <p className="mt-2">
            <a href={backHref} className="underline">
              Back to the story
            </a>
          </p>
        </div>
      )}
      <form action={formAction} noValidate className="mt-6 space-y-5" key={JSON.stringify(state.values)}>
        <ErrorSummary
          id="correction-result"
          title="There is a problem with your correction"
          messages={summaryMessages(state)}
          fields={
            errors.comment ? [{ id: "correction-text", label: "Comment", message: errors.comment }] : []
          }
        />
        <input type="hidden" name="commentId" value={commentId} />
        <FormField
          label="Comment *"
          id="correction-text"
          error={errors.comment}
          hint={`You can correct it until ${until}. Readers will see that it was edited.`}
        >
          <textarea
            id="correction-text"
            name="comment"
            rows={7}
            required
            maxLength={COMMENT_LIMITS.comment}
            defaultValue={state.values.comment}
            aria-invalid={errors.comment ? true : undefined}
            aria-describedby={[errors.comment ? "correction-text-error" : null, "correction-text-hint"]
              .filter(Boolean)
              .join(" ")}
            className={inputClass}
          />
        </FormField>
        <div className="flex items-center gap-4">
          <SubmitButton pending={pending} busy="Saving…">
            Save correction
          </SubmitButton>
          <a href={backHref} className="underline">
            Cancel
          </a>
        </div>
      </form>
    </>
  );
}
