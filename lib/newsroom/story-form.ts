import type { StoryStatus } from "../statuses";
import { z } from "zod";
import { recordId } from "../validation/record-id";
import type { FormState } from "../actions/form-state";
import { isSlug } from "../articles/slugify";
import { zonedLocalToDate } from "../dates/zoned-time";
import { emptyAsNull } from "../validation/empty-as-null";
import { storyFields } from "../validation/story";

export const storyFormFields = [
  "headline",
  "standfirst",
  "place",
  "agency",
  "byline",
  "section",
  "tags",
  "body",
  "slug",
  "publishAt",
  "commentsOpen",
] as const;
export type StoryFormField = (typeof storyFormFields)[number];

/** Each field's name in the editor, and in the story's history. */
export const storyFieldLabels: Record<StoryFormField, string> = {
  headline: "Headline",
  standfirst: "Standfirst",
  place: "Place",
  agency: "Agency",
  byline: "Byline",
  section: "Section",
  tags: "Tags",
  body: "Body",
  slug: "Slug",
  publishAt: "Publication date and time",
  commentsOpen: "Comments open",
};
export type StoryFormValues = Record<StoryFormField, string> & { id: string; revision: string };

export const storyIntents = ["draft", "publish", "schedule", "unpublish", "preview"] as const;
export type StoryIntent = (typeof storyIntents)[number];

/** What the story editor sends, checked field by field. Section is a section's slug. */
const storyForm = z.object({
  id: z.union([z.literal("").transform(() => null), recordId]),
  revision: z.union([z.literal("").transform(() => null), recordId]),
  headline: storyFields.shape.headline,
  standfirst: emptyAsNull(storyFields.shape.standfirst.unwrap()),
  place: storyFields.shape.place,
  agency: storyFields.shape.agency,
  byline: emptyAsNull(storyFields.shape.byline.unwrap()),
  section: z.string().min(1, "Choose a section."),
  tags: z
    .string()
    .max(2000, "Tags: at most 20 tags.")
    .transform((text) =>
      text
        .split(",")
        .map((tag) => tag.trim())
        .filter(Boolean),
    )
    .pipe(storyFields.shape.tags),
  body: storyFields.shape.body,
  slug: z
    .string()
    .trim()
    .refine(
      (slug) => slug === "" || isSlug(slug),
      "The slug is lower-case words joined by hyphens, at most 80 characters.",
    ),
  publishAt: z.string().trim(),
  commentsOpen: z.string().transform((value) => value === "on"),
});

/** The editor after a button: saved (with what readers see now), or a preview of what was typed. */
export type StoryFormState = FormState<
  StoryFormValues,
  {
    message?: string;
    /** The story's address for readers after a save (shown as a link when published). */
    href?: string;
    storyStatus?: StoryStatus;
    preview?: true;
  }
>;

export const emptyStoryValues: StoryFormValues = {
  id: "",
  revision: "",
  headline: "",
  standfirst: "",
  place: "",
  agency: "",
  byline: "",
  section: "",
  tags: "",
  body: "",
  slug: "",
  publishAt: "",
  commentsOpen: "on",
};

/** What the editor says after each button. */
export const savedMessages: Record<Exclude<StoryIntent, "preview">, string> = {
  draft: "Draft saved. Readers cannot see it.",
  publish: "Published. Readers see it now.",
  schedule: "Scheduled. It appears to readers at the publication time.",
  unpublish: "Unpublished. Readers no longer see it.",
};

/** The editor's whole post: its fields, the button pressed, the publication time read in the site's time zone. */
export function storyPost(timeZone: string) {
  return storyForm.extend({
    publishAt: z
      .string()
      .trim()
      .transform((value, ctx) => {
        if (!value) return null;
        const date = zonedLocalToDate(value, timeZone);
        if (!date) ctx.addIssue({ code: "custom", message: "Enter the publication date and time." });
        return date ?? z.NEVER;
      }),
    intent: z
      .unknown()
      .transform((value): StoryIntent =>
        storyIntents.includes(value as StoryIntent) ? (value as StoryIntent) : "draft",
      ),
  });
}

/** The editor's post as the save reads it. */
export type StoryPost = z.output<ReturnType<typeof storyPost>>;
