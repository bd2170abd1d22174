import { z } from "zod";
import { normaliseEmailAddress } from "../sharing/email-address";

export const SHARE_LIMITS = { name: 100, message: 300 } as const;

// Any host name counts, not only common endings: "evil.de", "bit.ly/x". A first label of one
// letter is let through, so initials such as "J.Smith" are not mistaken for one.
const URL_LIKE = /(https?:\/\/|www\.|\b[a-z0-9-]{2,}(\.[a-z0-9-]+)*\.[a-z]{2,24}\b)/i;
/**
 * Zod runs every check even after .max() has failed, and the host-name pattern backtracks on
 * long runs of "a1.a1.": over-long text (refused by .max anyway) is not searched.
 */
const looksLikeLink = (value: string, limit: number) => value.length <= limit && URL_LIKE.test(value);
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\uFFFD]/u;

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
  storyId: z.coerce.number().int().positive(),
  recipient: address("Recipient email"),
  senderName: z
    .string({ error: "Your name is required." })
    .transform((value) => value.trim())
    .pipe(
      z
        .string()
        .min(1, "Your name is required.")
        .max(SHARE_LIMITS.name, `Your name must be at most ${SHARE_LIMITS.name} characters.`)
        .refine((value) => !/[\r\n]/.test(value), "Your name must be on one line.")
        .refine((value) => !CONTROL.test(value), "Your name contains characters that cannot be sent.")
        .refine(
          (value) => !looksLikeLink(value, SHARE_LIMITS.name) && !value.includes("@"),
          "Your name cannot contain web or email addresses.",
        ),
    ),
  senderEmail: address("Your email"),
  message: z
    .string()
    .optional()
    // Line breaks are folded into spaces: the message is one quoted paragraph.
    .transform((value) => (value ?? "").replace(/\s+/g, " ").trim())
    .pipe(
      z
        .string()
        .max(SHARE_LIMITS.message, `Your message must be at most ${SHARE_LIMITS.message} characters.`)
        .refine((value) => !CONTROL.test(value), "Your message contains characters that cannot be sent.")
        .refine(
          (value) => !looksLikeLink(value, SHARE_LIMITS.message),
          "Your message cannot contain links; the story's link is added for you.",
        ),
    )
    .transform((value) => value || null),
  homepage: z.string().optional(),
  formToken: z.string().max(200).optional(),
});

export type ShareInput = z.infer<typeof shareInput>;
export type ShareField = "recipient" | "senderName" | "senderEmail" | "message";
