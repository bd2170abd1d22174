"use client";

import { useActionState } from "react";
import { type FormAction, fieldErrorsOf, summaryMessages } from "@/lib/actions/form-state";
import type { ReportFormState } from "@/lib/comments/report-form-state";
import { REPORT_LIMITS } from "@/lib/validation/form-limits";
import { ErrorSummary } from "../ui/ErrorSummary";
import { FormField, inputClass } from "../ui/FormField";
import { FormToken } from "../ui/FormToken";
import { Honeypot } from "../ui/Honeypot";
import { useFocusOnAnswer } from "../ui/use-focus-on-answer";
import { SubmitButton } from "../ui/SubmitButton";

const reasons = [
  { value: "spam", label: "Spam or advertising" },
  { value: "abuse", label: "Abuse, harassment or hate" },
  { value: "off_topic", label: "Off-topic" },
  { value: "other", label: "Something else (say what below)" },
] as const;

type Props = {
  action: FormAction<ReportFormState>;
  storyId: number;
  commentId: number;
  formToken: string;
  /** Where a post without JavaScript lands: this page. */
  permalink: string;
  /** The comment in its story, to go back to. */
  backHref: string;
};

/** Why a reader reports a comment: a reason, a note if they like. */
export function ReportForm({ action, storyId, commentId, formToken, permalink, backHref }: Props) {
  const [state, formAction, pending] = useActionState(
    action,
    { status: "idle", values: { reason: "", note: "" } },
    permalink,
  );
  const errors = fieldErrorsOf(state);
  const v = state.values;
  useFocusOnAnswer(state, "report-result");

  if (state.status === "done") {
    return (
      <div
        id="report-result"
        tabIndex={-1}
        role="status"
        className="mt-8 border-l-4 border-[#2f6f3e] p-4 dark:border-[#7fd08f]"
      >
        <p className="font-semibold">
          {state.hidden
            ? "Thank you. The comment is hidden until a moderator has looked at it."
            : "Thank you. A moderator will look at this comment."}
        </p>
        <p className="mt-2">
          <a href={backHref} className="underline">
            Back to the story
          </a>
        </p>
      </div>
    );
  }
  return (
    <form action={formAction} noValidate className="mt-8 space-y-5" key={JSON.stringify(v)}>
      <ErrorSummary
        id="report-result"
        title="There is a problem with your report"
        messages={summaryMessages(state)}
        fields={[
          ...(errors.reason ? [{ id: "report-reason", label: "Reason", message: errors.reason }] : []),
          ...(errors.note ? [{ id: "report-note", label: "Note", message: errors.note }] : []),
        ]}
      />
      <input type="hidden" name="storyId" value={storyId} />
      <input type="hidden" name="commentId" value={commentId} />
      <FormToken storyId={storyId} printed={formToken} answer={state} />
      <fieldset
        id="report-reason"
        tabIndex={-1}
        aria-describedby={errors.reason ? "report-reason-error" : undefined}
      >
        <legend className="font-semibold">Why are you reporting it? *</legend>
        {errors.reason && (
          <p
            id="report-reason-error"
            className="text-accent dark:text-accent-dark mt-1 text-sm font-semibold"
          >
            {errors.reason}
          </p>
        )}
        {reasons.map((reason) => (
          <label key={reason.value} className="mt-2 flex items-start gap-2">
            <input
              type="radio"
              name="reason"
              value={reason.value}
              defaultChecked={v.reason === reason.value}
              className="mt-1"
            />
            {reason.label}
          </label>
        ))}
      </fieldset>
      <FormField
        label="Anything the moderators should know (optional)"
        id="report-note"
        error={errors.note}
        hint={`At most ${REPORT_LIMITS.note} characters.`}
      >
        <textarea
          id="report-note"
          name="note"
          rows={3}
          maxLength={REPORT_LIMITS.note}
          defaultValue={v.note}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={[errors.note ? "report-note-error" : null, "report-note-hint"]
            .filter(Boolean)
            .join(" ")}
          className={inputClass}
        />
      </FormField>
      <Honeypot id="report-homepage" />
      <div className="flex items-center gap-4">
        <SubmitButton pending={pending} busy="Sending…">
          Send report
        </SubmitButton>
        <a href={backHref} className="underline">
          Cancel
        </a>
      </div>
    </form>
  );
}
