import { z } from "zod";
import type { FormState } from "../actions/form-state";
import { CONTROL_CHARACTERS } from "../validation/control-characters";
import { asOneParagraph } from "../validation/invisible-characters";
import { recordId } from "../validation/record-id";

export const PHOTO_ALT_MAX = 300;
export const PHOTO_CAPTION_MAX = 600;
export const PHOTO_CREDIT_MAX = 200;

export const storyPhotoFields = ["photo", "alt", "caption", "credit"] as const;

export type StoryPhotoValues = {
  storyId: string;
  /** A body photograph's number (lib/media/body-photo-form.ts); the lead photograph has none. */
  number?: string;
  photo: string;
  alt: string;
  caption: string;
  credit: string;
};
/** The photograph form after a post: the words kept on errors (a browser never keeps a chosen file). */
export type StoryPhotoFormState = FormState<StoryPhotoValues, { message: string }>;

/** One line of plain text, as the reader page shows it. */
const line = (label: string, max: number) =>
  z
    .string()
    .transform(asOneParagraph)
    .pipe(
      z
        .string()
        .max(max, `${label}: write at most ${max.toLocaleString("en-GB")} characters.`)
        .refine((text) => !CONTROL_CHARACTERS.test(text), `${label} contains invisible control characters.`),
    );

/**
 * The photograph form: alt text is required (a photograph without it says nothing to a screen
 * reader); a new file is optional, so the words of the photograph already there can be changed alone.
 */
export const storyPhotoPost = z.object({
  storyId: recordId,
  photo: z.union([z.instanceof(File), z.literal("")]).transform((file) => (file === "" ? null : file)),
  alt: line("Alt text", PHOTO_ALT_MAX).refine(
    (text) => text.length > 0,
    "Describe the photograph for people who cannot see it.",
  ),
  caption: line("Caption", PHOTO_CAPTION_MAX).transform((text) => text || null),
  credit: line("Credit", PHOTO_CREDIT_MAX).transform((text) => text || null),
});
export type StoryPhotoPost = z.output<typeof storyPhotoPost>;

/** The words of a photograph from an import file's front matter, checked as the form checks them. */
export const photoWords = storyPhotoPost.pick({ alt: true, caption: true, credit: true });

export const removeStoryPhotoPost = z.object({ storyId: recordId });
