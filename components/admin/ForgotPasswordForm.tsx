"use client";

import { useActionState } from "react";
import { type FormAction, fieldErrorsOf, summaryMessages } from "@/lib/actions/form-state";
import { RESET_REQUESTED, type ResetRequestFormState } from "@/lib/auth/account-form-state";
import { ErrorSummary } from "../ui/ErrorSummary";
import { FormField, inputClass } from "../ui/FormField";
import { buttonClass } from "./styles";
import { useFocusOnAnswer } from "../ui/use-focus-on-answer";

/** The address to send a reset link to: a plain form post without JavaScript, in place with it. */
export function ForgotPasswordForm({ action }: { action: FormAction<ResetRequestFormState> }) {
  const [state, formAction, pending] = useActionState(
    action,
    { status: "idle", values: { email: "" } },
    "/admin/forgot-password",
  );
  const errors = fieldErrorsOf(state);
  useFocusOnAnswer(state, "reset-request-answer");

  return (
    <form action={formAction} className="max-w-sm space-y-4" noValidate>
      {state.status === "done" && (
        <p
          id="reset-request-answer"
          tabIndex={-1}
          role="status"
          className="border-l-4 border-[#2f6f3e] p-3 dark:border-[#7fd08f]"
        >
          {RESET_REQUESTED}
        </p>
      )}
      <ErrorSummary
        id="reset-request-answer"
        title="No link was sent"
        headingLevel={2}
        messages={summaryMessages(state)}
        fields={errors.email ? [{ id: "reset-email", label: "Email", message: errors.email }] : []}
      />
      <FormField label="Email" id="reset-email" error={errors.email}>
        <input
          id="reset-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          maxLength={254}
          defaultValue={state.values.email}
          key={`email-${state.values.email}`}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? "reset-email-error" : undefined}
          className={inputClass}
        />
      </FormField>
      <button type="submit" className={buttonClass("primary")} aria-disabled={pending}>
        {pending ? "Sending…" : "Email me a link"}
      </button>
    </form>
  );
}
