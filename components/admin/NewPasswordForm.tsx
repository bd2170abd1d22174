"use client";

import { useActionState } from "react";
import { type FormAction, fieldErrorsOf, summaryMessages } from "@/lib/actions/form-state";
import type { NewPasswordFormState } from "@/lib/auth/account-form-state";
import { PASSWORD_LENGTH } from "@/lib/auth/password-length";
import { ErrorSummary } from "../ui/ErrorSummary";
import { FormField, inputClass } from "../ui/FormField";
import { buttonClass } from "./styles";
import { useFocusOnAnswer } from "../ui/use-focus-on-answer";

const labels = { password: "New password", confirm: "New password again" } as const;

/**
 * A new password typed twice, behind a reset or invitation link (the token rides along hidden).
 * The account's address is given to password managers as the username they save it under.
 */
export function NewPasswordForm({
  action,
  token,
  email,
  submit,
  path,
}: {
  action: FormAction<NewPasswordFormState>;
  token: string;
  email: string;
  submit: string;
  path: string;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle", values: { token } }, path);
  const errors = fieldErrorsOf(state);
  useFocusOnAnswer(state, "new-password-errors");
  const field = (name: keyof typeof labels, hint?: string) => (
    <FormField label={labels[name]} id={`new-${name}`} error={errors[name]} hint={hint}>
      <input
        id={`new-${name}`}
        name={name}
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_LENGTH.min}
        maxLength={PASSWORD_LENGTH.max}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={
          [hint ? `new-${name}-hint` : null, errors[name] ? `new-${name}-error` : null]
            .filter(Boolean)
            .join(" ") || undefined
        }
        className={inputClass}
      />
    </FormField>
  );

  return (
    <form action={formAction} className="max-w-sm space-y-4" noValidate>
      <ErrorSummary
        id="new-password-errors"
        title="Your password was not saved"
        headingLevel={2}
        messages={summaryMessages(state)}
        fields={(["password", "confirm"] as const)
          .filter((name) => errors[name])
          .map((name) => ({ id: `new-${name}`, label: labels[name], message: errors[name]! }))}
      />
      <input type="hidden" name="token" value={token} />
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      {field(
        "password",
        `At least ${PASSWORD_LENGTH.min} characters. A few unrelated words make a good one.`,
      )}
      {field("confirm")}
      <button type="submit" className={buttonClass("primary")} aria-disabled={pending}>
        {pending ? "Saving…" : submit}
      </button>
    </form>
  );
}
