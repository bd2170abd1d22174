"use client";

import type { FormAction } from "@/lib/actions/form-state";
import { useActionState, useEffect, useRef } from "react";
import type { TextFormState } from "@/lib/newsroom/text-form-state";
import { COMMENT_LIMITS } from "@/lib/validation/form-limits";
import { FormField, inputClass } from "../ui/FormField";
import { buttonClass } from "./styles";

type Action = FormAction<TextFormState>;

/** One text area and a button, for a comment: its text kept on errors, the outcome announced. */
export function TextForm({
  action,
  commentId,
  fieldId,
  label,
  submitLabel,
  initialText,
  permalink,
}: {
  action: Action;
  commentId: number;
  fieldId: string;
  label: string;
  submitLabel: string;
  initialText: string;
  permalink: string;
}) {
  const [state, formAction, pending] = useActionState(
    action,
    { status: "idle", values: { text: initialText } },
    permalink,
  );
  const result = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.status !== "idle") result.current?.focus();
  }, [state]);
  // A refusal (the comment is gone, already answered) is said where the text is.
  const error =
    state.status === "invalid"
      ? (state.fieldErrors.text ?? state.message)
      : state.status === "refused"
        ? state.message
        : undefined;
  return (
    <form action={formAction} noValidate className="mt-3 space-y-3">
      <input type="hidden" name="id" value={commentId} />
      {state.status === "done" && (
        <p
          ref={result}
          tabIndex={-1}
          role="status"
          className="border-l-4 border-[#2f6f3e] p-2 dark:border-[#7fd08f]"
        >
          {state.message}
        </p>
      )}
      <FormField label={label} id={fieldId} error={error}>
        <textarea
          id={fieldId}
          name="text"
          rows={6}
          maxLength={COMMENT_LIMITS.comment}
          required
          defaultValue={state.values.text}
          key={`${state.status}-${state.values.text}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${fieldId}-error` : undefined}
          className={`${inputClass} font-serif`}
        />
      </FormField>
      <button type="submit" className={buttonClass("primary")} aria-disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
