import { describe, expect, it } from "vitest";
import { closingNote } from "./closing-note";

const closesAt = new Date("2026-12-07T10:30:00Z");
const before = (hours: number) => new Date(closesAt.getTime() - hours * 60 * 60 * 1000);

describe("closingNote", () => {
  it("counts whole days left, and gives the moment in the site's time zone", () => {
    expect(closingNote(closesAt, before(5 * 24), "UTC")).toBe(
      "Comments close in 5 days, on Monday 7 December 2026, 10:30 UTC.",
    );
    expect(closingNote(closesAt, before(2 * 24 + 23), "UTC")).toMatch(/^Comments close in 2 days, on /);
    expect(closingNote(closesAt, before(36), "Europe/Berlin")).toBe(
      "Comments close in a day, on Monday 7 December 2026, 11:30 CET.",
    );
    expect(closingNote(closesAt, before(3), "UTC")).toMatch(/^Comments close in less than a day, on Monday/);
  });
});
