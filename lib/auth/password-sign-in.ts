import "server-only";
import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { Refusal } from "../errors";
import { env } from "../env";
import { currentClientAddress } from "../request/client-address";
import { auth } from "./auth";
import { signIn, type SignInOutcome } from "./sign-in";
import { createSignInLimiters, type SignInLimiters } from "./sign-in-limits";

let limiters: SignInLimiters | undefined;

/** Signs in with email and password under the lock-out rules; the session cookie is set on success. */
export async function signInWithPassword(credentials: {
  email: string;
  password: string;
}): Promise<SignInOutcome> {
  limiters ??= createSignInLimiters(env.REDIS_URL);
  const requestHeaders = await headers();
  return signIn(credentials, {
    ip: await currentClientAddress(),
    limiters,
    attempt: async (email, password) => {
      try {
        await auth.api.signInEmail({ body: { email, password }, headers: requestHeaders });
        return true;
      } catch (error) {
        // The session hook refuses a disabled account after its password matched (create-auth.ts).
        if (isAPIError(error) && error.body?.code === "FAILED_TO_CREATE_SESSION") return "disabled";
        // Unknown account, wrong password, or a password outside the allowed lengths.
        if (isAPIError(error) && error.statusCode < 500) return false;
        throw error;
      }
    },
  });
}

/** The sign-in form: in and on to the page asked for, or refused (wrong details, or locked out for a while). */
export async function signInToNewsroom(credentials: {
  email: string;
  password: string;
  next: string;
}): Promise<never> {
  const outcome = await signInWithPassword(credentials);
  if (outcome !== "signed-in")
    throw new Refusal(
      outcome === "locked"
        ? "sign-in-locked"
        : outcome === "disabled"
          ? "account-disabled"
          : "sign-in-invalid",
    );
  redirect(credentials.next);
}

/** Ends this browser's newsroom session. */
export async function signOut(): Promise<void> {
  await auth.api.signOut({ headers: await headers() });
}
