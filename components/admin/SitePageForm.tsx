"use client";

import { useActionState } from "react";
import { type FormAction, fieldErrorsOf, summaryMessages } from "@/lib/actions/form-state";
import {
  SITE_PAGE_LIMITS,
  type SitePageFormState,
  type SitePageValues,
} from "@/lib/site-pages/site-page-form";
import { ErrorSummary } from "../ui/ErrorSummary";
import { FormField, inputClass } from "../ui/FormField";
import { buttonClass } from "./styles";
import { useFocusOnAnswer } from "../ui/use-focus-on-answer";

/** The About or Contact page's title and Markdown text; a plain post without JavaScript. */
export function SitePageForm({
  action,
  initial,
}: {
  action: FormAction<SitePageFormState>;
  initial: SitePageValues;
}) {
  const [state, formAction, pending] = useActionState(
    action,
    { status: "idle", values: initial },
    `/admin/pages/${initial.slug}`,
  );
  const errors = fieldErrorsOf(state);
  const v = state.values;
  useFocusOnAnswer(state, "page-result");

  return (
    <form action={formAction} className="mt-6 max-w-3xl space-y-6" key={JSON.stringify(v)}>
      {state.status === "done" && (
        <p
          id="page-result"
          tabIndex={-1}
          role="status"
          className="border-l-4 border-[#2f6f3e] p-3 dark:border-[#7fd08f]"
        >
          Page saved.{" "}
          <a href={state.href} className="underline">
            See it as readers do
          </a>
          .
        </p>
      )}
      <ErrorSummary
        id="page-result"
        title="The page was not saved"
        headingLevel={2}
        messages={summaryMessages(state)}
        fields={Object.entries(errors).map(([field, message]) => ({
          id: `page-${field}`,
          label: field === "title" ? "Title" : "Text",
          message: message as string,
        }))}
      />
      <input type="hidden" name="slug" value={v.slug} />
      <FormField label="Title" id="page-title" error={errors.title}>
        <input
          id="page-title"
          name="title"
          maxLength={SITE_PAGE_LIMITS.title}
          defaultValue={v.title}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={errors.title ? "page-title-error" : undefined}
          className={inputClass}
        />
      </FormField>
      <FormField
        label="Text"
        id="page-body"
        error={errors.body}
        hint="Markdown: a blank line between paragraphs, **bold**, *italic*, [a link](https://example.com), ## a heading."
      >
        <textarea
          id="page-body"
          name="body"
          rows={16}
          maxLength={SITE_PAGE_LIMITS.body}
          defaultValue={v.body}
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={[errors.body ? "page-body-error" : null, "page-body-hint"]
            .filter(Boolean)
            .join(" ")}
          className={`${inputClass} font-mono text-sm`}
        />
      </FormField>
      <button type="submit" className={buttonClass("primary")} aria-disabled={pending}>
        Save page
      </button>
    </form>
  );
}
