"use client";

import Link from "next/link";
import { useActionState } from "react";
import { StoryBody } from "@/components/article/StoryBody";
import type { StoryStatus } from "@/lib/statuses";
import {
  storyFieldLabels as labels,
  type StoryFormField,
  type StoryFormState,
  type StoryFormValues,
} from "@/lib/newsroom/story-form";
import { type FormAction, fieldErrorsOf, summaryMessages } from "@/lib/actions/form-state";
import { ErrorSummary } from "../ui/ErrorSummary";
import { FormField, inputClass } from "../ui/FormField";
import { buttonClass } from "./styles";
import { useFocusOnAnswer } from "../ui/use-focus-on-answer";

type Action = FormAction<StoryFormState>;

const hints: Partial<Record<StoryFormField, string>> = {
  place: "Where the story was filed, e.g. Hamburg.",
  agency: "Who filed it, e.g. AFP.",
  tags: "Separate tags with commas.",
  body: "Markdown: a blank line between paragraphs, *italic*, **bold**, [link](https://…), ## subheading.",
  slug: "The story's web address. Left empty, it is made from the headline; once the story is out, a change redirects the old address.",
};

/** The story editor: every field kept on errors, a preview, and the buttons for the story's state. */
export function StoryEditor({
  action,
  initial,
  status,
  href,
  sections,
  timeZone,
  permalink,
  notice,
}: {
  action: Action;
  initial: StoryFormValues;
  status: StoryStatus | null;
  href: string | null;
  sections: Array<{ slug: string; name: string }>;
  timeZone: string;
  permalink: string;
  notice?: string;
}) {
  const [state, formAction, pending] = useActionState(
    action,
    notice ? { status: "done", values: initial, message: notice } : { status: "idle", values: initial },
    permalink,
  );
  const v = state.values;
  const errors = fieldErrorsOf(state);
  const done = state.status === "done" ? state : null;
  const storyStatus = done?.storyStatus ?? status;
  const storyHref = done?.href ?? href;

  useFocusOnAnswer(state, "editor-result");

  const field = (name: StoryFormField, input: (props: Record<string, unknown>) => React.ReactNode) => (
    <FormField label={labels[name]} id={`story-${name}`} error={errors[name]}>
      {hints[name] && (
        <p id={`story-${name}-hint`} className="text-muted dark:text-muted-dark text-sm">
          {hints[name]}
        </p>
      )}
      {input({
        id: `story-${name}`,
        name,
        defaultValue: v[name],
        "aria-invalid": errors[name] ? true : undefined,
        "aria-describedby":
          [errors[name] && `story-${name}-error`, hints[name] && `story-${name}-hint`]
            .filter(Boolean)
            .join(" ") || undefined,
        className: inputClass,
      })}
    </FormField>
  );

  const button = (intent: string, label: string, look: "primary" | "secondary" | "danger" = "secondary") => (
    <button type="submit" name="intent" value={intent} className={buttonClass(look)} aria-disabled={pending}>
      {label}
    </button>
  );

  return (
    <form
      action={formAction}
      noValidate
      className="mt-6 space-y-5"
      key={`${state.status}-${v.revision}-${JSON.stringify(errors)}`}
    >
      <input type="hidden" name="id" value={v.id} />
      <input type="hidden" name="revision" value={v.revision} />
      {done && (
        <p
          id="editor-result"
          tabIndex={-1}
          role="status"
          className="border-l-4 border-[#2f6f3e] p-3 dark:border-[#7fd08f]"
        >
          {done.preview ? "Preview below; nothing is saved yet." : done.message}{" "}
          {!done.preview && storyStatus === "published" && storyHref && (
            <Link href={storyHref} className="underline">
              View the story
            </Link>
          )}
        </p>
      )}
      <ErrorSummary
        id="editor-result"
        title={
          state.status === "refused" && state.code === "story-conflict"
            ? "Not saved: the story changed"
            : "The story was not saved"
        }
        headingLevel={2}
        messages={summaryMessages(state)}
        fields={Object.entries(errors).map(([name, message]) => ({
          id: `story-${name}`,
          label: labels[name as StoryFormField],
          message: message as string,
        }))}
      />
      {storyStatus && (
        <p>
          Status: <strong>{storyStatus}</strong>
        </p>
      )}
      {field("headline", (props) => (
        <input {...props} required maxLength={300} />
      ))}
      {field("standfirst", (props) => (
        <textarea {...props} rows={2} maxLength={600} />
      ))}
      <div className="grid gap-5 sm:grid-cols-2">
        {field("place", (props) => (
          <input {...props} required maxLength={100} />
        ))}
        {field("agency", (props) => (
          <input {...props} required maxLength={100} />
        ))}
      </div>
      {field("byline", (props) => (
        <input {...props} maxLength={200} />
      ))}
      <div className="grid gap-5 sm:grid-cols-2">
        {field("section", (props) => (
          <select {...props} required>
            <option value="">Choose a section</option>
            {sections.map((section) => (
              <option key={section.slug} value={section.slug}>
                {section.name}
              </option>
            ))}
          </select>
        ))}
        {field("tags", (props) => (
          <input {...props} />
        ))}
      </div>
      {field("body", (props) => (
        <textarea {...props} rows={18} required className={`${inputClass} font-mono text-sm`} />
      ))}
      {done?.preview && (
        <section
          aria-labelledby="preview-heading"
          className="border-rule dark:border-rule-dark rounded border p-6"
        >
          <h2
            id="preview-heading"
            className="text-muted dark:text-muted-dark font-sans text-sm font-semibold uppercase"
          >
            Preview
          </h2>
          <div className="mt-3 font-serif">
            <p className="text-3xl font-bold">{v.headline}</p>
            {v.standfirst && <p className="mt-2 text-xl">{v.standfirst}</p>}
            <div className="mt-4 max-w-[38rem]">
              <StoryBody markdown={v.body} />
            </div>
          </div>
        </section>
      )}
      <div className="grid gap-5 sm:grid-cols-2">
        {field("slug", (props) => (
          <input {...props} maxLength={80} />
        ))}
        <FormField label={`${labels.publishAt} (${timeZone})`} id="story-publishAt" error={errors.publishAt}>
          <p id="story-publishAt-hint" className="text-muted dark:text-muted-dark text-sm">
            Empty: now, on Publish. A future time is for Schedule.
          </p>
          <input
            id="story-publishAt"
            name="publishAt"
            type="datetime-local"
            defaultValue={v.publishAt}
            aria-invalid={errors.publishAt ? true : undefined}
            aria-describedby={[errors.publishAt && "story-publishAt-error", "story-publishAt-hint"]
              .filter(Boolean)
              .join(" ")}
            className={inputClass}
          />
        </FormField>
      </div>
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          name="commentsOpen"
          defaultChecked={v.commentsOpen === "on"}
          className="size-5"
        />
        {labels.commentsOpen}
      </label>
      <div className="flex flex-wrap gap-2">
        {button("preview", "Preview")}
        {storyStatus === "published" ? (
          <>
            {button("publish", "Update", "primary")}
            {button("unpublish", "Unpublish", "danger")}
          </>
        ) : (
          <>
            {button("draft", "Save draft")}
            {button("schedule", "Schedule")}
            {button("publish", "Publish", "primary")}
          </>
        )}
      </div>
    </form>
  );
}
