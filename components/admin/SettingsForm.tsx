"use client";

import { useActionState } from "react";
import type { SettingsField, SettingsFormState, SettingsValues } from "@/lib/newsroom/comment-settings-form";
import { type FormAction, fieldErrorsOf } from "@/lib/actions/form-state";
import { ErrorSummary } from "../ui/ErrorSummary";
import { FormField, inputClass } from "../ui/FormField";
import { buttonClass } from "./styles";
import { useFocusOnAnswer } from "../ui/use-focus-on-answer";

type Action = FormAction<SettingsFormState>;

const labels: Record<SettingsField, string> = {
  moderationMode: "Moderation",
  holdWords: "Hold words",
  disallowedWords: "Disallowed words",
  linksThreshold: "Hold comments with at least this many links",
  reportThreshold: "Hide a comment reported by this many readers",
  autoCloseDays: "Close comments this many days after publication",
};

const modes = [
  { value: "hold-first-time", label: "Hold first-time commenters (approve people with an approved comment)" },
  { value: "hold-all", label: "Hold every comment" },
  { value: "approve-all", label: "Approve every comment" },
] as const;

export function SettingsForm({ action, initial }: { action: Action; initial: SettingsValues }) {
  const [state, formAction, pending] = useActionState(
    action,
    { status: "idle", values: initial },
    "/admin/settings",
  );
  const errors = fieldErrorsOf(state);
  const v = state.values;
  const key = JSON.stringify(v);
  useFocusOnAnswer(state, "settings-result");
  const described = (field: SettingsField, hint?: string) =>
    [errors[field] ? `setting-${field}-error` : null, hint].filter(Boolean).join(" ") || undefined;

  return (
    <form action={formAction} className="mt-6 max-w-2xl space-y-6" key={key}>
      {state.status === "done" && (
        <p
          id="settings-result"
          tabIndex={-1}
          role="status"
          className="border-l-4 border-[#2f6f3e] p-3 dark:border-[#7fd08f]"
        >
          Settings saved. They apply to the next comment posted.
        </p>
      )}
      <ErrorSummary
        id="settings-result"
        title="The settings were not saved"
        headingLevel={2}
        messages={[]}
        fields={Object.entries(errors).map(([field, message]) => ({
          id: `setting-${field}`,
          label: labels[field as SettingsField],
          message: message as string,
        }))}
      />
      <fieldset id="setting-moderationMode" tabIndex={-1}>
        <legend className="font-semibold">{labels.moderationMode}</legend>
        {errors.moderationMode && (
          <p className="text-accent dark:text-accent-dark mt-1 text-sm font-semibold">
            {errors.moderationMode}
          </p>
        )}
        {modes.map((mode) => (
          <label key={mode.value} className="mt-2 flex items-start gap-2">
            <input
              type="radio"
              name="moderationMode"
              value={mode.value}
              defaultChecked={v.moderationMode === mode.value}
              className="mt-1"
            />
            {mode.label}
          </label>
        ))}
      </fieldset>
      {(["holdWords", "disallowedWords"] as const).map((field) => (
        <FormField key={field} label={labels[field]} id={`setting-${field}`} error={errors[field]}>
          <p id={`setting-${field}-hint`} className="text-muted dark:text-muted-dark text-sm">
            {field === "holdWords"
              ? "One word or phrase per line. A comment containing one is held for moderation."
              : "One word or phrase per line. A comment containing one goes straight to spam."}
          </p>
          <textarea
            id={`setting-${field}`}
            name={field}
            rows={5}
            defaultValue={v[field]}
            aria-invalid={errors[field] ? true : undefined}
            aria-describedby={described(field, `setting-${field}-hint`)}
            className={inputClass}
          />
        </FormField>
      ))}
      <FormField label={labels.linksThreshold} id="setting-linksThreshold" error={errors.linksThreshold}>
        <input
          id="setting-linksThreshold"
          name="linksThreshold"
          inputMode="numeric"
          defaultValue={v.linksThreshold}
          aria-invalid={errors.linksThreshold ? true : undefined}
          aria-describedby={described("linksThreshold")}
          className={`${inputClass} max-w-32`}
        />
      </FormField>
      <FormField label={labels.reportThreshold} id="setting-reportThreshold" error={errors.reportThreshold}>
        <p id="setting-reportThreshold-hint" className="text-muted dark:text-muted-dark text-sm">
          The comment goes back to Pending until a moderator approves it again.
        </p>
        <input
          id="setting-reportThreshold"
          name="reportThreshold"
          inputMode="numeric"
          defaultValue={v.reportThreshold}
          aria-invalid={errors.reportThreshold ? true : undefined}
          aria-describedby={described("reportThreshold", "setting-reportThreshold-hint")}
          className={`${inputClass} max-w-32`}
        />
      </FormField>
      <FormField label={labels.autoCloseDays} id="setting-autoCloseDays" error={errors.autoCloseDays}>
        <p id="setting-autoCloseDays-hint" className="text-muted dark:text-muted-dark text-sm">
          Leave empty to keep comments open until an editor closes them.
        </p>
        <input
          id="setting-autoCloseDays"
          name="autoCloseDays"
          inputMode="numeric"
          defaultValue={v.autoCloseDays}
          aria-invalid={errors.autoCloseDays ? true : undefined}
          aria-describedby={described("autoCloseDays", "setting-autoCloseDays-hint")}
          className={`${inputClass} max-w-32`}
        />
      </FormField>
      <button type="submit" className={buttonClass("primary")} aria-disabled={pending}>
        Save settings
      </button>
    </form>
  );
}
