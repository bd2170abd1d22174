import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { clientKey } from "../rate-limit/client-key";
import { createLimiter, takePoint, type LimitRule } from "../rate-limit/limiter";

const HOUR = 3600;
const DAY = 24 * HOUR;

/** Per sender address: 5 an hour and 20 a day; per recipient: 3 a day; one story to one recipient once a week per address. */
export const SHARE_RULES = {
  perIpHour: { keyPrefix: "share-ip-hour", points: 5, durationSeconds: HOUR },
  perIpDay: { keyPrefix: "share-ip-day", points: 20, durationSeconds: DAY },
  perRecipientDay: { keyPrefix: "share-recipient-day", points: 3, durationSeconds: DAY },
  // A week: the in-memory store times keys out with setTimeout, which cannot wait past 24.8 days.
  perStoryIpRecipient: { keyPrefix: "share-story-ip-recipient", points: 1, durationSeconds: 7 * DAY },
} satisfies Record<string, LimitRule>;

export type ShareLimiters = Record<keyof typeof SHARE_RULES, RateLimiterAbstract>;

export function createShareLimiters(redisUrl?: string): ShareLimiters {
  return {
    perIpHour: createLimiter(SHARE_RULES.perIpHour, redisUrl),
    perIpDay: createLimiter(SHARE_RULES.perIpDay, redisUrl),
    perRecipientDay: createLimiter(SHARE_RULES.perRecipientDay, redisUrl),
    perStoryIpRecipient: createLimiter(SHARE_RULES.perStoryIpRecipient, redisUrl),
  };
}

/**
 * Takes one point from every share limit; false as soon as one is used up. The sender's own
 * limits come first, and a refused send gives back every point it took (the refusing limit
 * counts the attempt too), so a sender over their limit cannot use up a stranger's three
 * shares a day, not even with many requests at once. A sender is their client: an IPv6 /64 is one.
 */
export async function takeShareTurn(
  limiters: ShareLimiters,
  { ip: address, recipient, storyId }: { ip: string; recipient: string; storyId: number },
): Promise<boolean> {
  const ip = clientKey(address);
  const steps: Array<[RateLimiterAbstract, string]> = [
    [limiters.perIpHour, ip],
    [limiters.perIpDay, ip],
    [limiters.perStoryIpRecipient, `${storyId}:${ip}:${recipient}`],
    [limiters.perRecipientDay, recipient],
  ];
  const taken: Array<[RateLimiterAbstract, string]> = [];
  for (const [limiter, key] of steps) {
    taken.push([limiter, key]);
    if ((await takePoint(limiter, key)) === "limited") {
      await Promise.all(taken.map(([counted, countedKey]) => counted.reward(countedKey, 1)));
      return false;
    }
  }
  return true;
}
