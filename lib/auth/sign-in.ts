import { setTimeout as sleep } from "node:timers/promises";
import { clientKey } from "../rate-limit/client-key";
import { takePoint } from "../rate-limit/limiter";
import { failureDelayMs, type SignInLimiters } from "./sign-in-limits";

export type SignInOutcome = "signed-in" | "invalid" | "locked" | "disabled";

type Context = {
  ip: string;
  limiters: SignInLimiters;
  /**
   * Checks the password and, when it matches, starts the session; true on success, "disabled"
   * when the password matched an account an admin has disabled.
   */
  attempt: (email: string, password: string) => Promise<boolean | "disabled">;
  wait?: (ms: number) => Promise<unknown>;
};

/**
 * One sign-in attempt under the lock-out rules. The attempt is counted before the password is
 * checked, atomically in the limiter's store, so thirty guesses sent at once get exactly as many
 * checks as the limit allows. A success gives the points back; each failure past the account's
 * first two (from any client) is answered more slowly.
 */
export async function signIn(
  { email, password }: { email: string; password: string },
  { ip, limiters, attempt, wait = sleep }: Context,
): Promise<SignInOutcome> {
  const account = email.trim().toLowerCase();
  const client = clientKey(ip);
  const accountFromClient = `${account}|${client}`;

  if ((await takePoint(limiters.client, client)) === "limited") return "locked";
  if ((await takePoint(limiters.accountFromClient, accountFromClient)) === "limited") return "locked";

  let signedIn: boolean | "disabled";
  try {
    signedIn = await attempt(account, password);
  } catch (error) {
    // The password was never checked, so the attempt does not count.
    await Promise.all([
      limiters.client.reward(client, 1),
      limiters.accountFromClient.reward(accountFromClient, 1),
    ]);
    throw error;
  }
  if (signedIn) {
    // The right password: told that the account is disabled, which only its owner can learn.
    await Promise.all([
      limiters.client.reward(client, 1),
      limiters.accountFromClient.delete(accountFromClient),
    ]);
    return signedIn === "disabled" ? "disabled" : "signed-in";
  }
  const failures = (await limiters.account.penalty(account)).consumedPoints;
  await wait(failureDelayMs(failures));
  return "invalid";
}
