import "server-only";
import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { env } from "../env";
import { clientIp } from "../request/client-ip";
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
    ip: await clientIp(),
    limiters,
    attempt: async (email, password) => {
      try {
        await auth.api.signInEmail({ body: { email, password }, headers: requestHeaders });
        return true;
      } catch (error) {
        // Unknown account, wrong password, or a password outside the allowed lengths.
        if (error instanceof APIError && error.statusCode < 500) return false;
        throw error;
      }
    },
  });
}

/** Ends this browser's newsroom session. */
export async function signOut(): Promise<void> {
  await auth.api.signOut({ headers: await headers() });
}
