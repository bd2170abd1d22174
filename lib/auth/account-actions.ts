import "server-only";
import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { Database } from "../database/create-client";
import { env } from "../env";
import { Refusal } from "../errors";
import { clientKey } from "../rate-limit/client-key";
import { takePoint } from "../rate-limit/limiter";
import { acceptInvitation } from "../newsroom/staff-accounts";
import { auth } from "./auth";
import { createAccountLimiters, type AccountLimiters } from "./account-limits";
import { getResetLinkAccount, requestPasswordReset, resetPassword } from "./password-reset";
import type { AccountMail } from "./account-emails";

let limiters: AccountLimiters | undefined;
const accountLimiters = () => (limiters ??= createAccountLimiters(env.REDIS_URL));

/** This site's account emails: its address, name and sender, from the environment. */
export const siteAccountMail = (): AccountMail => ({
  siteUrl: env.siteUrl,
  siteName: env.SITE_NAME,
  mailFrom: env.MAIL_FROM,
});

/** "Forgot your password?" with the app's auth and limits. */
export async function requestPasswordResetHere(email: string, ip: string): Promise<void> {
  await requestPasswordReset(email, { auth, ip, limiters: accountLimiters() });
}

/** The account behind a reset link, for the reset page; null when the link no longer works. */
export function getResetLinkAccountHere(db: Database, token: string) {
  return getResetLinkAccount(auth, db, token);
}

/** The reset page's form: the new password, then to the sign-in, where the page says it is done. */
export async function resetPasswordHere(
  db: Database,
  input: { token: string; password: string },
  ip: string,
): Promise<never> {
  await resetPassword(input, { auth, db, ip, limiters: accountLimiters() });
  redirect("/admin?password=changed");
}

/**
 * The invitation page's form: the password is stored, the link used up, and the new member is
 * signed in and taken to the newsroom (or to the sign-in, should that fail).
 */
export async function acceptInvitationHere(
  db: Database,
  input: { token: string; password: string },
  ip: string,
): Promise<never> {
  if ((await takePoint(accountLimiters().newPasswordClient, clientKey(ip))) === "limited")
    throw new Refusal("new-password-limited");
  const { email } = await acceptInvitation(db, input);
  try {
    await auth.api.signInEmail({ body: { email, password: input.password }, headers: await headers() });
  } catch (error) {
    if (!isAPIError(error)) throw error;
    redirect("/admin?invitation=accepted");
  }
  redirect("/admin");
}
