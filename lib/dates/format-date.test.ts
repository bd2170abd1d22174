import { describe, expect, it } from "vitest";
import { formatLongDateTime, formatShortDate, wasUpdated } from "./format-date";

const seedPublished = new Date("2016-12-08T10:30:00Z");

describe("formatLongDateTime", () => {
  it("writes the weekday, date, 24-hour time and zone", () => {
    expect(formatLongDateTime(seedPublished, "UTC")).toBe("Thursday 8 December 2016, 10:30 UTC");
  });

  it("follows the site time zone", () => {
    expect(formatLongDateTime(seedPublished, "Europe/Berlin")).toBe("Thursday 8 December 2016, 11:30 CET");
  });
});

describe("formatShortDate", () => {
  it("writes the day in the site time zone, which can differ from UTC's", () => {
    const lateEvening = new Date("2016-12-08T23:30:00Z");
    expect(formatShortDate(lateEvening, "UTC")).toBe("8 December 2016");
    expect(formatShortDate(lateEvening, "Europe/Berlin")).toBe("9 December 2016");
  });
});

describe("wasUpdated", () => {
  it("ignores changes within a minute of publication and reports later ones", () => {
    expect(wasUpdated(seedPublished, new Date(seedPublished.getTime() + 30_000))).toBe(false);
    expect(wasUpdated(seedPublished, new Date(seedPublished.getTime() + 3_600_000))).toBe(true);
  });
});
