import { z } from "zod";
import { CONTROL_OR_UNREADABLE } from "./control-characters";
import { SHARE_LIMITS } from "./form-limits";
import { recordId } from "./record-id";
import { wellFormed } from "./well-formed";
import { normaliseEmailAddress } from "../sharing/email-address";
import { withoutDirectionControls, withoutInvisibleCharacters } from "./invisible-characters";
import { foldForLinks, looksLikeLink } from "./link-like";

/**
 * Link checks run only on text within its limit: over-long text is refused by .max anyway,
 * and zod runs every check even after .max() has failed.
 */
const linkFree = (value: string, limit: number) => value.length > limit || !looksLikeLink(value);

const address = (label: string) =>
  z.string({ error: `${label} is required.` }).transform((value, ctx) => {
    if (!value.trim()) {
      ctx.addIssue({ code: "custom", message: `${label} is required.` });
      return z.NEVER;
    }
    const normalised = normaliseEmailAddress(value);
    if (!normalised) {
      ctx.addIssue({ code: "custom", message: `Enter one email address like name@example.com.` });
      return z.NEVER;
    }
    return normalised;
  });

/** What "Send this to a friend" sends; names and messages can carry no links and no headers. */
export const shareInput = z.object({
  storyId: recordId,
  recipient: address("Recipient email"),
  senderName: z
    .string({ error: "Your name is required." })
    .transform((value) => wellFormed(withoutInvisibleCharacters(value)).trim())
    .pipe(
      z
        .string()
        .min(1, "Your name is required.")
        .max(SHARE_LIMITS.name, `Your name must be at most ${SHARE_LIMITS.name} characters.`)
        .refine((value) => !/[\r\n]/.test(value), "Your name must be on one line.")
        .refine(
          (value) => !CONTROL_OR_UNREADABLE.test(value),
          "Your name contains characters that cannot be sent.",
        )
        .refine(
          (value) => linkFree(value, SHARE_LIMITS.name) && !foldForLinks(value).includes("@"),
          "Your name cannot contain web or email addresses.",
        ),
    ),
  senderEmail: address("Your email"),
  message: z
    .string()
    .optional()
    // Line breaks are folded into spaces: the message is one quoted paragraph.
    .transform((value) =>
      wellFormed(withoutDirectionControls(value ?? ""))
        .replace(/\s+/g, " ")
        .trim(),
    )
    .pipe(
      z
        .string()
        .max(SHARE_LIMITS.message, `Your message must be at most ${SHARE_LIMITS.message} characters.`)
        .refine(
          (value) => !CONTROL_OR_UNREADABLE.test(value),
          "Your message contains characters that cannot be sent.",
        )
        .refine(
          (value) => linkFree(value, SHARE_LIMITS.message),
          "Your message cannot contain links; the story's link is added for you.",
        ),
    )
    .transform((value) => value || null),
  homepage: z.string().optional(),
  formToken: z.string().max(200).optional(),
});

export type ShareInput = z.infer<typeof shareInput>;
