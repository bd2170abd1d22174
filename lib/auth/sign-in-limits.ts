import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { createLimiter } from "../rate-limit/limiter";

/** Failed sign-ins allowed per account (15 minutes) and per address (an hour) before a lock-out. */
export const SIGN_IN_LIMITS = {
  account: { keyPrefix: "sign-in-account", points: 5, durationSeconds: 15 * 60 },
  ip: { keyPrefix: "sign-in-ip", points: 20, durationSeconds: 60 * 60 },
} as const;

/** Failures before answers start to slow down, and the slowest answer. */
const FREE_FAILURES = 2;
const MAX_DELAY_MS = 4000;

/** How long to hold back the answer to a failed sign-in, after `failures` earlier failures. */
export function failureDelayMs(failures: number): number {
  return Math.min(MAX_DELAY_MS, Math.max(0, failures - FREE_FAILURES) * 1000);
}

export type SignInLimiters = { account: RateLimiterAbstract; ip: RateLimiterAbstract };

export function createSignInLimiters(redisUrl?: string): SignInLimiters {
  return {
    account: createLimiter(SIGN_IN_LIMITS.account, redisUrl),
    ip: createLimiter(SIGN_IN_LIMITS.ip, redisUrl),
  };
}

/** Failures so far for a key (0 when none are on record). */
export async function failuresFor(limiter: RateLimiterAbstract, key: string): Promise<number> {
  return (await limiter.get(key))?.consumedPoints ?? 0;
}
