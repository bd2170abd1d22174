import { z } from "zod";
import type { FormState } from "../actions/form-state";
import { withoutDirectionControls, withoutInvisibleCharacters } from "../validation/invisible-characters";
import { CONTROL_CHARACTERS } from "../validation/control-characters";
import { wellFormed } from "../validation/well-formed";
import { sitePageSlugs } from "./site-pages";

export const sitePageFields = ["title", "body"] as const;
export type SitePageValues = Record<(typeof sitePageFields)[number] | "slug", string>;

export const SITE_PAGE_LIMITS = { title: 120, body: 20_000 } as const;

/** The page editor's post: which page (a hidden field), its title and its Markdown text. */
export const sitePageForm = z.object({
  slug: z.enum(sitePageSlugs),
  title: z
    .string()
    .transform((title) => withoutInvisibleCharacters(wellFormed(title)).trim())
    .pipe(
      z
        .string()
        .min(1, "Enter the page's title.")
        .max(SITE_PAGE_LIMITS.title, `The title can have at most ${SITE_PAGE_LIMITS.title} characters.`)
        .refine((title) => !/[\u0000-\u001f\u007f]/u.test(title), "The title must be one line of text."),
    ),
  body: z
    .string()
    .transform((body) => withoutDirectionControls(wellFormed(body)).replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .min(1, "Enter the page's text.")
        .max(
          SITE_PAGE_LIMITS.body,
          `The text can have at most ${SITE_PAGE_LIMITS.body.toLocaleString("en-GB")} characters.`,
        )
        .refine((body) => !CONTROL_CHARACTERS.test(body), "The text contains invisible control characters."),
    ),
});

export type SitePageFormState = FormState<SitePageValues, { href: string }>;
