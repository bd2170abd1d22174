import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { createLimiter } from "../rate-limit/limiter";

/**
 * How often the signed-out account forms may be used. "Forgot your password?" is limited per
 * client (a flood of emails to strangers) and per address (one inbox flooded from many
 * clients); the new-password forms per client (a token is 24 random characters, but each try
 * costs an argon2 hash).
 */
export const ACCOUNT_LIMITS = {
  resetRequestClient: { keyPrefix: "reset-request-client", points: 5, durationSeconds: 60 * 60 },
  resetRequestAddress: { keyPrefix: "reset-request-address", points: 3, durationSeconds: 60 * 60 },
  newPasswordClient: { keyPrefix: "new-password-client", points: 10, durationSeconds: 60 * 60 },
} as const;

export type AccountLimiters = Record<keyof typeof ACCOUNT_LIMITS, RateLimiterAbstract>;

export function createAccountLimiters(redisUrl?: string): AccountLimiters {
  return {
    resetRequestClient: createLimiter(ACCOUNT_LIMITS.resetRequestClient, redisUrl),
    resetRequestAddress: createLimiter(ACCOUNT_LIMITS.resetRequestAddress, redisUrl),
    newPasswordClient: createLimiter(ACCOUNT_LIMITS.newPasswordClient, redisUrl),
  };
}
