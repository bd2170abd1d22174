"use client";

import { useActionState } from "react";
import { type FormAction, fieldErrorsOf, summaryMessages } from "@/lib/actions/form-state";
import {
  PHOTO_ALT_MAX,
  PHOTO_CAPTION_MAX,
  PHOTO_CREDIT_MAX,
  type StoryPhotoFormState,
} from "@/lib/media/story-photo-form";
import { ErrorSummary } from "../ui/ErrorSummary";
import { FormField, inputClass } from "../ui/FormField";
import { useFocusOnAnswer } from "../ui/use-focus-on-answer";
import { buttonClass } from "./styles";

const labels = { photo: "Photograph", alt: "Alt text", caption: "Caption", credit: "Credit" } as const;
const textFields = [
  {
    name: "alt",
    max: PHOTO_ALT_MAX,
    hint: "Required. What the photograph shows, for people who cannot see it: “Firefighters on a burning roof in Hamburg”.",
  },
  { name: "caption", max: PHOTO_CAPTION_MAX, hint: "Optional. Shown under the photograph." },
  { name: "credit", max: PHOTO_CREDIT_MAX, hint: "Optional. “Photo: Jane Roe / AFP”." },
] as const;

/**
 * Upload or change one of the story's photographs: the lead one, or one in the body (`number`
 * names it; a new one has none). A form of its own (multipart, posted without JavaScript too),
 * so a large file never travels with the story's text; the words are kept on errors, the file
 * has to be chosen again (browsers never fill in a file input). `id` keeps several on one page apart.
 */
export function StoryPhotoForm({
  action,
  storyId,
  number,
  id = "photo",
  label,
  permalink,
  hasPhoto,
  initial,
}: {
  action: FormAction<StoryPhotoFormState>;
  storyId: number;
  number?: number;
  id?: string;
  /** The form's name for assistive technology, where several share a page. */
  label?: string;
  permalink: string;
  hasPhoto: boolean;
  initial: { alt: string; caption: string; credit: string };
}) {
  const kept = { storyId: String(storyId), ...(number ? { number: String(number) } : {}) };
  const [state, formAction, pending] = useActionState(
    action,
    { status: "idle", values: { ...kept, photo: "", ...initial } },
    permalink,
  );
  useFocusOnAnswer(state, state.status === "done" ? `${id}-result` : `${id}-errors`);
  const errors = fieldErrorsOf(state);
  const messages = state.status === "refused" ? [state.message] : summaryMessages(state);
  const describedBy = (id: string, hint: boolean, error: string | undefined) =>
    [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <form action={formAction} noValidate aria-label={label} className="mt-4 space-y-4">
      <input type="hidden" name="storyId" value={storyId} />
      <input type="hidden" name="number" value={number ?? ""} />
      {state.status === "done" && (
        <p
          id={`${id}-result`}
          tabIndex={-1}
          role="status"
          className="border-l-4 border-[#2f6f3e] p-2 dark:border-[#7fd08f]"
        >
          {state.message}
        </p>
      )}
      <ErrorSummary
        id={`${id}-errors`}
        title="The photograph was not saved"
        messages={messages}
        fields={(["photo", "alt", "caption", "credit"] as const).flatMap((name) =>
          errors[name] ? [{ id: `${id}-${name}`, label: labels[name], message: errors[name]! }] : [],
        )}
      />
      <FormField
        label={hasPhoto ? "Replace the photograph" : "Photograph"}
        id={`${id}-photo`}
        error={errors.photo}
        hint={`JPEG, PNG, WebP or AVIF, up to 15 MB and 50 megapixels.${hasPhoto ? " Leave empty to keep the photograph and change only its words." : ""}`}
      >
        <input
          id={`${id}-photo`}
          name="photo"
          type="file"
          accept="image/jpeg,image/png,image/webp,image/avif"
          aria-invalid={errors.photo ? true : undefined}
          aria-describedby={describedBy(`${id}-photo`, true, errors.photo)}
          className="mt-1 block"
        />
      </FormField>
      {textFields.map(({ name, max, hint }) => (
        <FormField key={name} label={labels[name]} id={`${id}-${name}`} error={errors[name]} hint={hint}>
          <input
            id={`${id}-${name}`}
            name={name}
            type="text"
            maxLength={max}
            required={name === "alt"}
            defaultValue={state.values[name]}
            key={`${state.status}-${state.values[name]}`}
            aria-invalid={errors[name] ? true : undefined}
            aria-describedby={describedBy(`${id}-${name}`, true, errors[name])}
            className={inputClass}
          />
        </FormField>
      ))}
      <button type="submit" className={buttonClass("primary")} aria-disabled={pending}>
        {hasPhoto ? "Save the photograph" : "Upload the photograph"}
      </button>
    </form>
  );
}
