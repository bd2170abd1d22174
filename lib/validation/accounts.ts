import { z } from "zod";
import { PASSWORD_LENGTH } from "../auth/password-length";
import { staffRoles } from "../auth/roles";
import { addressKey, normaliseEmailAddress } from "../sharing/email-address";
import { CONTROL_OR_UNREADABLE } from "./control-characters";
import { withoutDirectionControls, withoutInvisibleCharacters } from "./invisible-characters";
import { wellFormed } from "./well-formed";

/** A staff member's address: our strict rule, kept lower-cased as better-auth looks accounts up. */
const staffAddress = z.string().transform((value, ctx) => {
  if (!value.trim()) {
    ctx.addIssue({ code: "custom", message: "Enter an email address." });
    return z.NEVER;
  }
  const normalised = normaliseEmailAddress(value);
  if (!normalised) {
    ctx.addIssue({ code: "custom", message: "Enter one email address like name@example.com." });
    return z.NEVER;
  }
  return addressKey(normalised);
});

/** "Forgot your password?": only the address. */
export const passwordResetRequestForm = z.object({ email: staffAddress });

const newPassword = z
  .string()
  .min(PASSWORD_LENGTH.min, `Choose a password of at least ${PASSWORD_LENGTH.min} characters.`)
  .max(PASSWORD_LENGTH.max, `Choose a password of at most ${PASSWORD_LENGTH.max} characters.`);

/**
 * A new password, typed twice (the reset page and the invitation page). The token comes from
 * the page's address and is checked by the use case, so any string is read here.
 */
export const newPasswordForm = z
  .object({
    token: z.string().max(200),
    password: newPassword,
    confirm: z.string().max(PASSWORD_LENGTH.max + 1),
  })
  .superRefine(({ password, confirm }, ctx) => {
    if (password.length >= PASSWORD_LENGTH.min && password !== confirm)
      ctx.addIssue({ code: "custom", path: ["confirm"], message: "The two passwords are not the same." });
  });

export const STAFF_NAME_MAX = 100;

/** An admin invites someone: a name for the newsroom's pages, the address, the role. */
export const invitationForm = z.object({
  name: z
    .string()
    .transform((value) => withoutDirectionControls(wellFormed(withoutInvisibleCharacters(value))).trim())
    .pipe(
      z
        .string()
        .min(1, "Enter the person's name.")
        .max(STAFF_NAME_MAX, `A name can have at most ${STAFF_NAME_MAX} characters.`)
        .refine((name) => !CONTROL_OR_UNREADABLE.test(name) && !/[\r\n]/.test(name), {
          message: "A name can only have letters, numbers, spaces and punctuation.",
        }),
    ),
  email: staffAddress,
  role: z.enum(staffRoles, { error: "Choose a role." }),
});

/** The staff page's per-person forms name the person by their id (better-auth's random string). */
const staffUserId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "This person could not be found.");

export const roleChangeForm = z.object({
  userId: staffUserId,
  role: z.enum(staffRoles, { error: "Choose a role." }),
});

export const staffUserForm = z.object({ userId: staffUserId });
