import { describe, expect, it } from "vitest";
import { relativeTime } from "./relative-time";

const now = new Date("2026-11-28T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

describe("relative times", () => {
  it("say how long ago a recent story was published", () => {
    expect(relativeTime(ago(10_000), now)).toBe("just now");
    expect(relativeTime(ago(60_000), now)).toBe("1 minute ago");
    expect(relativeTime(ago(59 * 60_000), now)).toBe("59 minutes ago");
    expect(relativeTime(ago(60 * 60_000), now)).toBe("1 hour ago");
    expect(relativeTime(ago(2 * 3600_000 + 59 * 60_000), now)).toBe("2 hours ago");
    expect(relativeTime(ago(23 * 3600_000 + 59 * 60_000), now)).toBe("23 hours ago");
  });

  it("leave older stories, and clocks a little ahead, to the full date", () => {
    expect(relativeTime(ago(24 * 3600_000), now)).toBeNull();
    expect(relativeTime(ago(-5 * 60_000), now)).toBeNull();
    expect(relativeTime(ago(-30_000), now)).toBe("just now");
  });
});
