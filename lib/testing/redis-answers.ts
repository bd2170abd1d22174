import { Redis } from "ioredis";
import { serviceAnswers } from "./service-answers";

/** The Redis the tests use (rate limits, the shared page cache). */
export const testRedisUrl = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

/** Whether Redis answers at this URL; required under CI, else its tests are skipped with a note. */
export function redisAnswers(url = testRedisUrl): Promise<boolean> {
  return serviceAnswers("Redis", url, async () => {
    const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false });
    try {
      await probe.connect();
      await probe.ping();
    } finally {
      probe.disconnect();
    }
  });
}
