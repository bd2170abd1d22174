import { z } from "zod";
import { CONTROL_CHARACTERS } from "./control-characters";
import { COMMENT_LIMITS } from "./form-limits";
import { recordId } from "./record-id";
import { wellFormed } from "./well-formed";
import { withoutDirectionControls, withoutInvisibleCharacters } from "./invisible-characters";

// Visitors' browsers replace bytes that are not UTF-8 with U+FFFD before we see them.
const unreadable = /\uFFFD/u;

/**
 * What is stored is what readers will see: a name loses every invisible character (it could
 * pose as someone else's), running text only the controls that turn text round.
 */
const text = (label: string, max: number, { multiline = false } = {}) =>
  z
    .string({ error: `${label} is required.` })
    .transform((value) =>
      // A broken character becomes U+FFFD, refused below.
      wellFormed(multiline ? withoutDirectionControls(value) : withoutInvisibleCharacters(value))
        .replace(/\r\n?/g, "\n")
        .trim(),
    )
    .pipe(
      z
        .string()
        .min(1, `${label} is required.`)
        .max(max, `${label} must be at most ${max.toLocaleString("en-GB")} characters.`)
        .refine((value) => !unreadable.test(value), `${label} contains characters that could not be read.`)
        .refine((value) => !CONTROL_CHARACTERS.test(value), `${label} contains invisible control characters.`)
        .refine((value) => multiline || !value.includes("\n"), `${label} must be on one line.`),
    );

/** A comment's text: what readers write, and what moderators edit it to. */
export const commentBody = text("Comment", COMMENT_LIMITS.comment, { multiline: true });

/** What the Leave a Reply form sends, validated once at the edge. */
export const commentInput = z.object({
  storyId: recordId,
  parentId: z
    .union([z.literal(""), recordId])
    .optional()
    .transform((value) => (value === "" || value === undefined ? null : value)),
  comment: commentBody,
  name: text("Name", COMMENT_LIMITS.name),
  email: text("Email", COMMENT_LIMITS.email).pipe(
    z.email("Enter an email address like name@example.com.").transform((email) => email.toLowerCase()),
  ),
  website: z
    .string()
    .optional()
    .transform((value, ctx) => {
      const site = wellFormed(value ?? "").trim();
      if (!site) return null;
      const problem = (message: string) => {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      };
      if (site.length > COMMENT_LIMITS.website)
        return problem(`Website must be at most ${COMMENT_LIMITS.website} characters.`);
      if (CONTROL_CHARACTERS.test(site) || unreadable.test(site) || /\s/.test(site))
        return problem("Enter a web address like https://example.com.");
      const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(site) ? site : `https://${site}`;
      try {
        const url = new URL(withScheme);
        if ((url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes("."))
          return withScheme;
      } catch {}
      return problem("Enter a web address like https://example.com.");
    }),
  /** "Email me replies": a ticked box sends "on"; anything else is no. */
  notify: z
    .string()
    .optional()
    .transform((value) => value === "on"),
  /** The honeypot: people never see it, so any value means a bot filled the form. */
  homepage: z.string().optional(),
  formToken: z.string().max(200).optional(),
});

export type CommentInput = z.infer<typeof commentInput>;

/** What the author's correction form sends: which comment, and its new text. */
export const correctionInput = z.object({ commentId: recordId, comment: commentBody });
