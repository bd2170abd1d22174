import { describe, expect, it } from "vitest";
import { dateToZonedLocal, zonedLocalToDate } from "./zoned-time";

describe("zoned wall-clock times", () => {
  it("reads a datetime-local value in the site's time zone", () => {
    expect(zonedLocalToDate("2016-12-08T10:30", "UTC")?.toISOString()).toBe("2016-12-08T10:30:00.000Z");
    expect(zonedLocalToDate("2016-12-08T10:30", "Europe/Berlin")?.toISOString()).toBe(
      "2016-12-08T09:30:00.000Z",
    );
    expect(zonedLocalToDate("2026-07-01T10:30", "Europe/Berlin")?.toISOString()).toBe(
      "2026-07-01T08:30:00.000Z",
    );
    expect(zonedLocalToDate("2026-07-01T10:30", "America/New_York")?.toISOString()).toBe(
      "2026-07-01T14:30:00.000Z",
    );
  });

  it("takes the later reading in the hour a clock change skips", () => {
    // Berlin skips 02:00–03:00 on 29 March 2026.
    expect(zonedLocalToDate("2026-03-29T02:30", "Europe/Berlin")?.toISOString()).toBe(
      "2026-03-29T01:30:00.000Z",
    );
  });

  it("refuses what is not a wall-clock time", () => {
    for (const text of [
      "",
      "2016-12-08",
      "2016-02-30T10:00",
      "2016-12-08T24:00",
      "2016-12-08T10:30Z",
      "tomorrow",
    ]) {
      expect(zonedLocalToDate(text, "UTC")).toBeNull();
    }
  });

  it("shows a moment as the wall-clock time of the zone, and reads it back", () => {
    const moment = new Date("2016-12-08T09:30:00Z");
    expect(dateToZonedLocal(moment, "Europe/Berlin")).toBe("2016-12-08T10:30");
    expect(zonedLocalToDate(dateToZonedLocal(moment, "Asia/Kolkata"), "Asia/Kolkata")).toEqual(moment);
  });
});

describe("seconds", () => {
  it("are read when the input sends them", () => {
    expect(zonedLocalToDate("2026-11-28T15:30:45", "UTC")?.toISOString()).toBe("2026-11-28T15:30:45.000Z");
    expect(zonedLocalToDate("2026-11-28T15:30:60", "UTC")).toBeNull();
  });
});
