import { z } from "zod";
import { RESERVED_SECTION_SLUGS, RESERVED_STORY_SLUGS, isSlug, slugify } from "../articles/slugify";

const singleLine = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `${label} is empty`)
    .max(max, `${label} is longer than ${max} characters`)
    .refine((value) => !/[\u0000-\u001f\u007f]/u.test(value), `${label} contains control characters`);

const isoDate = z
  .string()
  .refine(
    (value) =>
      /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(value) &&
      !Number.isNaN(Date.parse(value)),
    "must be a date like 2016-12-08 or 2016-12-08T09:00:00+01:00",
  )
  .transform((value) => new Date(value));

/** The story fields every way in (import file, newsroom form) must satisfy. */
export const storyFields = z.object({
  headline: singleLine("Headline", 300),
  place: singleLine("Place", 100),
  agency: singleLine("Agency", 100),
  standfirst: singleLine("Standfirst", 600).nullable(),
  byline: singleLine("Byline", 200).nullable(),
  section: singleLine("Section", 60)
    .refine((name) => slugify(name) !== "", "Section needs a letter or digit")
    .refine(
      (name) => !RESERVED_SECTION_SLUGS.has(slugify(name)),
      "Section name is taken by one of the site's own pages",
    ),
  tags: z
    .array(singleLine("Tag", 60).refine((name) => slugify(name) !== "", "Tag needs a letter or digit"))
    .max(20, "at most 20 tags"),
  body: z.string().trim().min(1, "Body is empty").max(200_000, "Body is longer than 200,000 characters"),
  slug: z
    .string()
    .refine(isSlug, "slug must be lower-case words joined by hyphens, at most 80 characters")
    .refine((slug) => !RESERVED_STORY_SLUGS.has(slug), "slug is reserved for the site's own pages"),
});

/** Front matter an import file may start with; every key is optional, unknown keys are mistakes. */
export const frontMatter = z.strictObject({
  date: isoDate.optional(),
  updated: isoDate.optional(),
  section: z.string().optional(),
  slug: z.string().optional(),
  byline: z.string().optional(),
  standfirst: z.string().optional(),
  tags: z
    .union([z.array(z.string()), z.string()])
    .transform((tags) =>
      (typeof tags === "string" ? tags.split(",") : tags).map((tag) => tag.trim()).filter(Boolean),
    )
    .optional(),
  format: z.enum(["text", "markdown"]).optional(),
  comments: z.enum(["open", "closed"]).optional(),
  // The lead photograph: a path relative to the story file, and its words (alt text required).
  image: z.string().trim().min(1).optional(),
  image_alt: z.string().optional(),
  image_caption: z.string().optional(),
  image_credit: z.string().optional(),
});
export type FrontMatter = z.infer<typeof frontMatter>;
