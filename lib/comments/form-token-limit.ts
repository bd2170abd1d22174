import "server-only";
import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "../env";
import { clientKey } from "../rate-limit/client-key";
import { createLimiter, takePoint } from "../rate-limit/limiter";

/**
 * Fresh form tokens per client: a story page asks for two (reply and share) and again after
 * each post, so sixty a minute is a reader with many tabs, and more is a script filling
 * a stock of tokens.
 */
export const TOKEN_RULE = { keyPrefix: "form-token", points: 60, durationSeconds: 60 };

let limiter: RateLimiterAbstract | undefined;

/** Whether this client may have another fresh token now. */
export async function takeTokenTurn(ip: string): Promise<boolean> {
  limiter ??= createLimiter(TOKEN_RULE, env.REDIS_URL);
  return (await takePoint(limiter, clientKey(ip))) === "allowed";
}
