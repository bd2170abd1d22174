import { describe, expect, it } from "vitest";
import { createLimiter } from "../rate-limit/limiter";
import { createShareLimiters, SHARE_RULES, takeShareTurn } from "./share-limits";

const turn = (ip: string, recipient: string, storyId = 1) => ({ ip, recipient, storyId });

describe("share limits", () => {
  it("allow 20 shares a day from one address", async () => {
    // The hourly limit (5) is lifted here so the daily one can be reached without waiting.
    const limiters = {
      ...createShareLimiters(),
      perIpHour: createLimiter({ ...SHARE_RULES.perIpHour, keyPrefix: "unlimited-hour", points: 1000 }),
    };
    const outcomes = [];
    for (let i = 0; i < 21; i++)
      outcomes.push(await takeShareTurn(limiters, turn("192.0.2.9", `r${i}@example.com`)));
    expect(outcomes.filter(Boolean)).toHaveLength(20);
    expect(outcomes.at(-1)).toBe(false);
  });

  it("give back what a refused share took, so a sender over their limit cannot use up a recipient's three", async () => {
    const limiters = createShareLimiters();
    for (let i = 0; i < 5; i++)
      expect(await takeShareTurn(limiters, turn("192.0.2.10", `x${i}@example.com`))).toBe(true);
    // Over the hourly limit: each try names the victim, and each is refused.
    for (let i = 0; i < 3; i++)
      expect(await takeShareTurn(limiters, turn("192.0.2.10", "victim@example.com", i))).toBe(false);
    const fromOthers = [];
    for (let i = 0; i < 4; i++)
      fromOthers.push(await takeShareTurn(limiters, turn(`192.0.2.${20 + i}`, "victim@example.com")));
    expect(fromOthers).toEqual([true, true, true, false]);
  });

  it("give back points under concurrency too: a flood from one sender leaves the recipient's three intact", async () => {
    const limiters = createShareLimiters();
    for (let i = 0; i < 5; i++) await takeShareTurn(limiters, turn("192.0.2.30", `y${i}@example.com`));
    const flood = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        takeShareTurn(limiters, turn("192.0.2.30", "target@example.com", i)),
      ),
    );
    expect(flood.filter(Boolean)).toHaveLength(0);
    const strangers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        takeShareTurn(limiters, turn(`192.0.2.${40 + i}`, "target@example.com")),
      ),
    );
    expect(strangers.filter(Boolean)).toHaveLength(3);
  });

  it("count every address of one IPv6 /64 as one sender", async () => {
    const limiters = createShareLimiters();
    const outcomes = [];
    for (let i = 1; i <= 8; i++)
      outcomes.push(await takeShareTurn(limiters, turn(`2001:db8:77:1::${i}`, `v${i}@example.com`)));
    expect(outcomes.filter(Boolean)).toHaveLength(SHARE_RULES.perIpHour.points);
    expect(await takeShareTurn(limiters, turn("2001:db8:77:2::1", "w@example.com"))).toBe(true);
  });
});
