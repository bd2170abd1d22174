"use client";

import { useActionState, useId } from "react";
import { type FormAction, fieldErrorsOf, summaryMessages } from "@/lib/actions/form-state";
import type { EraseFormState, ExportFormState } from "@/lib/privacy/privacy-request";
import { ErrorSummary } from "../ui/ErrorSummary";
import { FormField, inputClass } from "../ui/FormField";
import { buttonClass } from "./styles";
import { useFocusOnAnswer } from "../ui/use-focus-on-answer";

const PERMALINK = "/admin/privacy";

function EmailField({ id, value, error }: { id: string; value: string; error?: string }) {
  return (
    <FormField label="Email address" id={id} error={error}>
      <input
        id={id}
        name="email"
        type="email"
        autoComplete="off"
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={`${inputClass} max-w-md`}
      />
    </FormField>
  );
}

/** Look up an address; the answer is shown as JSON, with a link that saves it as a file. */
export function ExportPersonForm({ action }: { action: FormAction<ExportFormState> }) {
  const [state, formAction, pending] = useActionState(
    action,
    { status: "idle", values: { email: "" } },
    PERMALINK,
  );
  const errors = fieldErrorsOf(state);
  const result = `${useId()}-export`;
  useFocusOnAnswer(state, result);
  return (
    <section aria-labelledby="export-heading" className="mt-8 max-w-3xl">
      <h2 id="export-heading" className="text-xl font-bold">
        What we hold about an address
      </h2>
      <form action={formAction} noValidate className="mt-3 space-y-4" key={state.values.email}>
        <ErrorSummary
          id={result}
          title="Nothing was looked up"
          headingLevel={3}
          messages={summaryMessages(state)}
          fields={errors.email ? [{ id: "export-email", label: "Email address", message: errors.email }] : []}
        />
        <EmailField id="export-email" value={state.values.email} error={errors.email} />
        <button type="submit" className={buttonClass("primary")} aria-disabled={pending}>
          Look up
        </button>
      </form>
      {state.status === "done" && (
        <div id={result} tabIndex={-1} role="status" className="mt-4">
          <p>
            {state.values.email}: {state.summary}.{" "}
            <a
              href={`data:application/json;charset=utf-8,${encodeURIComponent(state.json)}`}
              download={`privacy-export-${state.values.email}.json`}
              className="underline"
            >
              Download as JSON
            </a>
          </p>
          <pre
            className="border-rule dark:border-rule-dark mt-3 max-h-96 overflow-auto border p-3 text-xs"
            tabIndex={0}
          >
            {state.json}
          </pre>
        </div>
      )}
    </section>
  );
}

/** Erase a person, after a ticked confirmation; the answer says what was done. */
export function ErasePersonForm({ action }: { action: FormAction<EraseFormState> }) {
  const [state, formAction, pending] = useActionState(
    action,
    { status: "idle", values: { email: "", removeText: "", confirm: "" } },
    PERMALINK,
  );
  const errors = fieldErrorsOf(state);
  const v = state.values;
  const result = `${useId()}-erase`;
  useFocusOnAnswer(state, result);
  return (
    <section aria-labelledby="erase-heading" className="mt-10 max-w-3xl">
      <h2 id="erase-heading" className="text-xl font-bold">
        Erase a person
      </h2>
      {state.status === "done" && (
        <div
          id={result}
          tabIndex={-1}
          role="status"
          className="mt-3 border-l-4 border-[#2f6f3e] p-3 dark:border-[#7fd08f]"
        >
          <p className="font-semibold">Erased {v.email}:</p>
          <ul className="mt-1 list-disc pl-6">
            {state.report.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <form action={formAction} noValidate className="mt-3 space-y-4" key={JSON.stringify(v)}>
        <ErrorSummary
          id={result}
          title="Nothing was erased"
          headingLevel={3}
          messages={summaryMessages(state)}
          fields={[
            ...(errors.email ? [{ id: "erase-email", label: "Email address", message: errors.email }] : []),
            ...(errors.confirm
              ? [{ id: "erase-confirm", label: "Confirmation", message: errors.confirm }]
              : []),
          ]}
        />
        <EmailField id="erase-email" value={v.email} error={errors.email} />
        <p className="flex items-start gap-2">
          <input
            id="erase-removeText"
            name="removeText"
            type="checkbox"
            defaultChecked={v.removeText === "on"}
            className="mt-1 size-4"
          />
          <label htmlFor="erase-removeText">Also remove the text of their comments</label>
        </p>
        <div>
          {errors.confirm && (
            <p id="erase-confirm-error" className="text-accent dark:text-accent-dark text-sm font-semibold">
              {errors.confirm}
            </p>
          )}
          <p className="flex items-start gap-2">
            <input
              id="erase-confirm"
              name="confirm"
              type="checkbox"
              aria-invalid={errors.confirm ? true : undefined}
              aria-describedby={errors.confirm ? "erase-confirm-error" : undefined}
              className="mt-1 size-4"
            />
            <label htmlFor="erase-confirm">
              I have checked the request comes from this address, and understand an erasure cannot be undone
            </label>
          </p>
        </div>
        <button type="submit" className={buttonClass("danger")} aria-disabled={pending}>
          Erase
        </button>
      </form>
    </section>
  );
}
