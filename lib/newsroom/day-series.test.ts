import { describe, expect, it } from "vitest";
import { countByDay } from "./day-series";

describe("counts by day", () => {
  const now = new Date("2026-11-28T12:00:00Z");

  it("gives every day of the window, oldest first, with zeros", () => {
    const series = countByDay([new Date("2026-11-28T01:00:00Z"), new Date("2026-11-26T23:00:00Z")], {
      now,
      days: 3,
      timeZone: "UTC",
    });
    expect(series).toEqual([
      { day: "2026-11-26", count: 1 },
      { day: "2026-11-27", count: 0 },
      { day: "2026-11-28", count: 1 },
    ]);
  });

  it("counts by the site's calendar day and leaves out moments before the window", () => {
    const late = new Date("2026-11-26T23:30:00Z"); // already the 27th in Berlin
    const old = new Date("2026-10-01T00:00:00Z");
    const series = countByDay([late, old], { now, days: 3, timeZone: "Europe/Berlin" });
    expect(series.map((point) => point.count)).toEqual([0, 1, 0]);
  });
});
