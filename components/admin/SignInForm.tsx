"use client";

import { useActionState } from "react";
import type { SignInFormState } from "@/lib/auth/sign-in-form-state";
import { type FormAction, fieldErrorsOf, summaryMessages } from "@/lib/actions/form-state";
import { ErrorSummary } from "../ui/ErrorSummary";
import { FormField, inputClass } from "../ui/FormField";
import { buttonClass } from "./styles";
import { useFocusOnAnswer } from "../ui/use-focus-on-answer";

type Action = FormAction<SignInFormState>;

/** Email, password, Sign in: a plain form post without JavaScript, in place with it. */
export function SignInForm({ action, next }: { action: Action; next: string }) {
  const [state, formAction, pending] = useActionState(
    action,
    { status: "idle", values: { email: "" } },
    "/admin",
  );
  const errors = fieldErrorsOf(state);

  useFocusOnAnswer(state, "sign-in-errors");

  return (
    <form action={formAction} className="max-w-sm space-y-4" noValidate>
      <ErrorSummary
        id="sign-in-errors"
        title="You could not be signed in"
        headingLevel={2}
        messages={summaryMessages(state)}
        fields={Object.entries(errors).map(([field, message]) => ({
          id: `sign-in-${field}`,
          label: field === "email" ? "Email" : "Password",
          message: message as string,
        }))}
      />
      <input type="hidden" name="next" value={next} />
      <FormField label="Email" id="sign-in-email" error={errors.email}>
        <input
          id="sign-in-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          maxLength={254}
          defaultValue={state.values.email}
          key={`email-${state.values.email}`}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? "sign-in-email-error" : undefined}
          className={inputClass}
        />
      </FormField>
      <FormField label="Password" id="sign-in-password" error={errors.password}>
        <input
          id="sign-in-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={errors.password ? "sign-in-password-error" : undefined}
          className={inputClass}
        />
      </FormField>
      <button type="submit" className={buttonClass("primary")} aria-disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
