import { isAPIError } from "better-auth/api";
import type { Database } from "../database/create-client";
import { Refusal } from "../errors";
import { clientKey } from "../rate-limit/client-key";
import { takePoint } from "../rate-limit/limiter";
import type { AccountLimiters } from "./account-limits";
import type { Auth } from "./create-auth";

type Context = { auth: Auth; db: Database; ip: string; limiters: AccountLimiters };

/** What better-auth's tokens look like (generateId(24)); anything else is not one of ours. */
const RESET_TOKEN = /^[A-Za-z0-9]{24}$/;

/**
 * "Forgot your password?". Whether or not the address is a newsroom account (or a disabled
 * one), the caller answers the same; better-auth queues the email through `sendResetPassword`
 * (lib/auth/create-auth.ts) only for an account that may sign in. Past the per-client limit the
 * client is told; past the per-address limit nothing is sent and the answer is unchanged, since
 * a refusal there would say nothing useful to the owner and only help whoever floods the inbox.
 */
export async function requestPasswordReset(email: string, { auth, ip, limiters }: Omit<Context, "db">) {
  if ((await takePoint(limiters.resetRequestClient, clientKey(ip))) === "limited")
    throw new Refusal("reset-requests-limited");
  if ((await takePoint(limiters.resetRequestAddress, email)) === "limited") return;
  try {
    await auth.api.requestPasswordReset({ body: { email } });
  } catch (error) {
    // better-auth's own address rule is stricter than ours in places: such an address cannot be
    // an account (accounts are made through the same rule), so it gets the same answer.
    if (isAPIError(error) && error.statusCode === 400) return;
    throw error;
  }
}

/**
 * The account a reset link speaks for, while the link works: ours, not used, not expired, for
 * an account that is not disabled; else null.
 */
export async function getResetLinkAccount(
  auth: Auth,
  db: Database,
  token: string,
): Promise<{ email: string } | null> {
  if (!RESET_TOKEN.test(token)) return null;
  const { internalAdapter } = await auth.$context;
  const verification = await internalAdapter.findVerificationValue(`reset-password:${token}`);
  if (!verification || verification.expiresAt < new Date()) return null;
  const user = await db.user.findUnique({
    where: { id: verification.value },
    select: { email: true, disabledAt: true },
  });
  return user && !user.disabledAt ? { email: user.email } : null;
}

/** Whether a reset link still works. */
export async function resetLinkWorks(auth: Auth, db: Database, token: string): Promise<boolean> {
  return (await getResetLinkAccount(auth, db, token)) !== null;
}

/**
 * The new-password form behind a reset link. better-auth consumes the token in the same
 * transaction as the new hash, so of two posts with one link only one changes the password,
 * and it deletes every session of the account (revokeSessionsOnPasswordReset).
 */
export async function resetPassword(
  { token, password }: { token: string; password: string },
  { auth, db, ip, limiters }: Context,
): Promise<void> {
  if ((await takePoint(limiters.newPasswordClient, clientKey(ip))) === "limited")
    throw new Refusal("new-password-limited");
  if (!(await resetLinkWorks(auth, db, token))) throw new Refusal("reset-link-invalid");
  try {
    await auth.api.resetPassword({ body: { token, newPassword: password } });
  } catch (error) {
    // Used by a post that came in between, or expired since the check above.
    if (isAPIError(error) && error.statusCode < 500) throw new Refusal("reset-link-invalid");
    throw error;
  }
}
