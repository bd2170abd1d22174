import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { redisAnswers, testRedisUrl } from "../testing/redis-answers";
import { createLimiter, takePoint } from "./limiter";

const redisUrl = testRedisUrl;

const stores = ["memory", ...((await redisAnswers()) ? ["redis" as const] : [])] as const;

describe.each(stores)("rate limits in %s", (store) => {
  const rule = { keyPrefix: `test-${randomBytes(4).toString("hex")}`, points: 1, durationSeconds: 15 };
  const limiter = createLimiter(rule, store === "redis" ? redisUrl : undefined);

  it("let exactly one of twenty simultaneous requests through a limit of one", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => takePoint(limiter, "ip:192.0.2.1")));
    expect(results.filter((r) => r === "allowed")).toHaveLength(1);
    expect(results.filter((r) => r === "limited")).toHaveLength(19);
  });

  it("count each key on its own", async () => {
    expect(await takePoint(limiter, "ip:192.0.2.2")).toBe("allowed");
    expect(await takePoint(limiter, "ip:192.0.2.3")).toBe("allowed");
    expect(await takePoint(limiter, "ip:192.0.2.2")).toBe("limited");
  });
});
