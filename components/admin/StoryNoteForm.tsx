"use client";

import { useActionState } from "react";
import { type FormAction, fieldErrorsOf, summaryMessages } from "@/lib/actions/form-state";
import { STORY_NOTE_MAX, type StoryNoteFormState } from "@/lib/corrections/add-story-note";
import { storyNoteKinds } from "@/lib/statuses";
import { noteLabels } from "@/lib/corrections/story-notes";
import { ErrorSummary } from "../ui/ErrorSummary";
import { FormField, inputClass } from "../ui/FormField";
import { useFocusOnAnswer } from "../ui/use-focus-on-answer";
import { buttonClass } from "./styles";

const hints = {
  correction: "Says what was wrong: “An earlier version of this story misspelled …”. Listed on /corrections.",
  update: "Says what is new since the story was published.",
};

/** Add a correction or an update to a published story; the text is kept on errors. */
export function StoryNoteForm({
  action,
  storyId,
  permalink,
}: {
  action: FormAction<StoryNoteFormState>;
  storyId: number;
  permalink: string;
}) {
  const [state, formAction, pending] = useActionState(
    action,
    { status: "idle", values: { storyId: String(storyId), kind: "correction", text: "" } },
    permalink,
  );
  useFocusOnAnswer(state, state.status === "done" ? "note-result" : "note-errors");
  const errors = fieldErrorsOf(state);
  const messages = state.status === "refused" ? [state.message] : summaryMessages(state);
  return (
    <form action={formAction} noValidate className="mt-4 space-y-4">
      <input type="hidden" name="storyId" value={storyId} />
      {state.status === "done" && (
        <p
          id="note-result"
          tabIndex={-1}
          role="status"
          className="border-l-4 border-[#2f6f3e] p-2 dark:border-[#7fd08f]"
        >
          {state.message}
        </p>
      )}
      <ErrorSummary
        id="note-errors"
        title="The note was not added"
        messages={messages}
        fields={(["kind", "text"] as const).flatMap((name) =>
          errors[name]
            ? [{ id: `note-${name}`, label: name === "kind" ? "Kind" : "Text", message: errors[name]! }]
            : [],
        )}
      />
      <fieldset>
        <legend className="font-semibold">Kind</legend>
        {errors.kind && (
          <p id="note-kind-error" className="text-accent dark:text-accent-dark mt-1 text-sm font-semibold">
            {errors.kind}
          </p>
        )}
        {storyNoteKinds.map((kind, index) => (
          <label key={kind} className="mt-1 flex items-start gap-2">
            <input
              type="radio"
              name="kind"
              value={kind}
              id={index === 0 ? "note-kind" : undefined}
              defaultChecked={state.values.kind === kind}
              key={`${state.status}-${state.values.kind}`}
              className="mt-1"
            />
            <span>
              {noteLabels[kind]}{" "}
              <span className="text-muted dark:text-muted-dark text-sm">{hints[kind]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <FormField
        label="Text"
        id="note-text"
        error={errors.text}
        hint="Plain text, shown as written with today's date."
      >
        <textarea
          id="note-text"
          name="text"
          rows={4}
          maxLength={STORY_NOTE_MAX}
          required
          defaultValue={state.values.text}
          key={`${state.status}-${state.values.text}`}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={["note-text-hint", errors.text ? "note-text-error" : ""]
            .filter(Boolean)
            .join(" ")}
          className={inputClass}
        />
      </FormField>
      <button type="submit" className={buttonClass("primary")} aria-disabled={pending}>
        Add to the story
      </button>
    </form>
  );
}
