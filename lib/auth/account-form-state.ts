import type { FormState } from "../actions/form-state";

/** "Forgot your password?": the address is kept; `done` always says the same sentence. */
export type ResetRequestFormState = FormState<{ email: string }>;

/** A new password typed twice, behind a reset or invitation link; the passwords are never handed back. */
export type NewPasswordFormState = FormState<{ token: string; password?: string; confirm?: string }>;

/** An admin's invitation; `done` names who was invited, and the fields are emptied for the next one. */
export type InvitationFormState = FormState<
  { name: string; email: string; role: string },
  { invited: string }
>;

/** What every reset request is answered with, whether the address is a newsroom account or not. */
export const RESET_REQUESTED =
  "If that address belongs to a newsroom account, we have emailed a link to choose a new password. It works once, within an hour. Check your spam folder if it does not arrive in a few minutes.";
