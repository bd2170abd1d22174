import "server-only";
import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "../env";
import { clientKey } from "../rate-limit/client-key";
import { createLimiter, takePoint } from "../rate-limit/limiter";

/** One comment per 15 seconds from one client (an IPv6 /64 is one), and from one email. */
export const FLOOD_RULE = { keyPrefix: "comment-flood", points: 1, durationSeconds: 15 };

let limiter: RateLimiterAbstract | undefined;

/** Whether this IP and this email may post a comment now; taking the turn if so. */
export async function takeCommentTurn(ip: string, email: string): Promise<boolean> {
  limiter ??= createLimiter(FLOOD_RULE, env.REDIS_URL);
  if ((await takePoint(limiter, `ip:${clientKey(ip)}`)) === "limited") return false;
  return (await takePoint(limiter, `email:${email}`)) === "allowed";
}
