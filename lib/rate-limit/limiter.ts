import { Redis } from "ioredis";
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";

export type LimitRule = { keyPrefix: string; points: number; durationSeconds: number };

const clients = new Map<string, Redis>();

function redisClient(url: string): Redis {
  let client = clients.get(url);
  if (!client) {
    // Without the offline queue a Redis outage fails fast, and the insurance limiter answers.
    client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    client.on("error", (error) => console.error("redis:", error.message));
    clients.set(url, client);
  }
  return client;
}

/**
 * A limiter that is atomic under concurrency: in this process's memory by default, in Redis
 * (shared by every instance) when a URL is given, falling back to memory while Redis is down.
 */
export function createLimiter(rule: LimitRule, redisUrl?: string): RateLimiterAbstract {
  // The memory store expires keys with setTimeout, which fires at once past 2^31 ms.
  if (rule.durationSeconds > 24 * 24 * 3600)
    throw new Error(`${rule.keyPrefix}: limits can last at most 24 days`);
  const options = { keyPrefix: rule.keyPrefix, points: rule.points, duration: rule.durationSeconds };
  if (!redisUrl) return new RateLimiterMemory(options);
  return new RateLimiterRedis({
    ...options,
    storeClient: redisClient(redisUrl),
    insuranceLimiter: new RateLimiterMemory(options),
  });
}

/** Takes one point for the key: "allowed", or "limited" when none is left. Store errors throw. */
export async function takePoint(limiter: RateLimiterAbstract, key: string): Promise<"allowed" | "limited"> {
  try {
    await limiter.consume(key);
    return "allowed";
  } catch (error) {
    if (error instanceof RateLimiterRes) return "limited";
    throw error;
  }
}
