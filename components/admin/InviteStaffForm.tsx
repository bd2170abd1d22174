"use client";

import { useActionState } from "react";
import { type FormAction, fieldErrorsOf, summaryMessages } from "@/lib/actions/form-state";
import type { InvitationFormState } from "@/lib/auth/account-form-state";
import { staffRoles } from "@/lib/auth/roles";
import { ErrorSummary } from "../ui/ErrorSummary";
import { FormField, inputClass } from "../ui/FormField";
import { buttonClass } from "./styles";
import { useFocusOnAnswer } from "../ui/use-focus-on-answer";

const labels = { name: "Name", email: "Email", role: "Role" } as const;

/** An admin invites someone by name, address and role; they are emailed a link to choose a password. */
export function InviteStaffForm({ action }: { action: FormAction<InvitationFormState> }) {
  const [state, formAction, pending] = useActionState(
    action,
    { status: "idle", values: { name: "", email: "", role: "editor" } },
    "/admin/staff",
  );
  const errors = fieldErrorsOf(state);
  const v = state.values;
  useFocusOnAnswer(state, "invite-answer");
  const described = (field: keyof typeof labels) => (errors[field] ? `invite-${field}-error` : undefined);

  return (
    <form action={formAction} className="mt-4 max-w-xl space-y-4" noValidate key={JSON.stringify(v)}>
      {state.status === "done" && (
        <p
          id="invite-answer"
          tabIndex={-1}
          role="status"
          className="border-l-4 border-[#2f6f3e] p-3 dark:border-[#7fd08f]"
        >
          Invitation emailed to {state.invited}. The link works once, within 7 days.
        </p>
      )}
      <ErrorSummary
        id="invite-answer"
        title="No invitation was sent"
        headingLevel={3}
        messages={summaryMessages(state)}
        fields={(["name", "email", "role"] as const)
          .filter((field) => errors[field])
          .map((field) => ({ id: `invite-${field}`, label: labels[field], message: errors[field]! }))}
      />
      <FormField label={labels.name} id="invite-name" error={errors.name}>
        <input
          id="invite-name"
          name="name"
          autoComplete="off"
          required
          maxLength={100}
          defaultValue={v.name}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={described("name")}
          className={inputClass}
        />
      </FormField>
      <FormField label={labels.email} id="invite-email" error={errors.email}>
        <input
          id="invite-email"
          name="email"
          type="email"
          autoComplete="off"
          required
          maxLength={254}
          defaultValue={v.email}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={described("email")}
          className={inputClass}
        />
      </FormField>
      <FormField label={labels.role} id="invite-role" error={errors.role}>
        <select
          id="invite-role"
          name="role"
          defaultValue={v.role}
          aria-invalid={errors.role ? true : undefined}
          aria-describedby={described("role")}
          className={`${inputClass} max-w-48 capitalize`}
        >
          {staffRoles.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </select>
      </FormField>
      <button type="submit" className={buttonClass("primary")} aria-disabled={pending}>
        {pending ? "Sending…" : "Send invitation"}
      </button>
    </form>
  );
}
