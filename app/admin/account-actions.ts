"use server";

import type { FormAction } from "@/lib/actions/form-state";
import { readerAction } from "@/lib/actions/reader-action";
import {
  acceptInvitationHere,
  requestPasswordResetHere,
  resetPasswordHere,
} from "@/lib/auth/account-actions";
import type { NewPasswordFormState, ResetRequestFormState } from "@/lib/auth/account-form-state";
import { newPasswordForm, passwordResetRequestForm } from "@/lib/validation/accounts";

/** "Forgot your password?": the same answer whether or not the address is a newsroom account. */
export const requestPasswordResetAction: FormAction<ResetRequestFormState> = readerAction({
  name: "password reset request",
  fields: ["email"],
  maxValueLength: 254,
  schema: passwordResetRequestForm,
  run: async ({ email }, { ip }) => {
    await requestPasswordResetHere(email, ip);
    return {};
  },
});

/** The new password behind a reset link; on to the sign-in. */
export const resetPasswordAction: FormAction<NewPasswordFormState> = readerAction({
  name: "password reset",
  fields: ["password", "confirm"],
  secret: ["password", "confirm"],
  kept: ["token"],
  maxValueLength: 200,
  schema: newPasswordForm,
  run: ({ token, password }, { db, ip }) => resetPasswordHere(db, { token, password }, ip),
});

/** The invitee's own password; signed in and on to the newsroom. */
export const acceptInvitationAction: FormAction<NewPasswordFormState> = readerAction({
  name: "accept invitation",
  fields: ["password", "confirm"],
  secret: ["password", "confirm"],
  kept: ["token"],
  maxValueLength: 200,
  schema: newPasswordForm,
  run: ({ token, password }, { db, ip }) => acceptInvitationHere(db, { token, password }, ip),
});
