import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { createLimiter } from "../rate-limit/limiter";

/**
 * Password checks allowed before a lock-out: per account from one client (15 minutes) and per
 * client whatever the account (an hour). A lock-out is keyed on the client too, so a stranger
 * who guesses at an editor's account locks out only themselves; across all clients an account
 * is slowed down, never locked.
 */
export const SIGN_IN_LIMITS = {
  accountFromClient: { keyPrefix: "sign-in-account-client", points: 5, durationSeconds: 15 * 60 },
  client: { keyPrefix: "sign-in-client", points: 20, durationSeconds: 60 * 60 },
  /** Counts failures for the slow-down only: its points are never used up. */
  account: { keyPrefix: "sign-in-account", points: 1_000_000, durationSeconds: 15 * 60 },
} as const;

/** Failures before answers start to slow down, and the slowest answer. */
const FREE_FAILURES = 2;
const MAX_DELAY_MS = 4000;

/** How long to hold back the answer to a failed sign-in, after `failures` failures in all (this one included). */
export function failureDelayMs(failures: number): number {
  return Math.min(MAX_DELAY_MS, Math.max(0, failures - FREE_FAILURES) * 1000);
}

export type SignInLimiters = Record<keyof typeof SIGN_IN_LIMITS, RateLimiterAbstract>;

export function createSignInLimiters(redisUrl?: string): SignInLimiters {
  return {
    accountFromClient: createLimiter(SIGN_IN_LIMITS.accountFromClient, redisUrl),
    client: createLimiter(SIGN_IN_LIMITS.client, redisUrl),
    account: createLimiter(SIGN_IN_LIMITS.account, redisUrl),
  };
}
