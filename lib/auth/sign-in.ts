import { setTimeout as sleep } from "node:timers/promises";
import { SIGN_IN_LIMITS, failureDelayMs, failuresFor, type SignInLimiters } from "./sign-in-limits";

export type SignInOutcome = "signed-in" | "invalid" | "locked";

type Context = {
  ip: string;
  limiters: SignInLimiters;
  /** Checks the password and, when it matches, starts the session; true on success. */
  attempt: (email: string, password: string) => Promise<boolean>;
  wait?: (ms: number) => Promise<unknown>;
};

/**
 * One sign-in attempt under the lock-out rules: an account or an address with too many recent
 * failures is refused without checking the password; each failure past the first two is
 * answered more slowly; a success clears the account's failures.
 */
export async function signIn(
  { email, password }: { email: string; password: string },
  { ip, limiters, attempt, wait = sleep }: Context,
): Promise<SignInOutcome> {
  const account = email.trim().toLowerCase();
  const [accountFailures, ipFailures] = await Promise.all([
    failuresFor(limiters.account, account),
    failuresFor(limiters.ip, ip),
  ]);
  if (accountFailures >= SIGN_IN_LIMITS.account.points || ipFailures >= SIGN_IN_LIMITS.ip.points) {
    return "locked";
  }

  if (await attempt(account, password)) {
    await limiters.account.delete(account);
    return "signed-in";
  }

  // penalty() records a failure without refusing it: the next attempt is what gets locked out.
  await Promise.all([limiters.account.penalty(account), limiters.ip.penalty(ip)]);
  await wait(failureDelayMs(Math.max(accountFailures, ipFailures) + 1));
  return "invalid";
}
