import { describe, expect, it } from "vitest";
import { formatDateline, parseDateline } from "./dateline";

describe("parseDateline", () => {
  it("splits place and agency at the slash", () => {
    expect(parseDateline("Hamburg / AFP")).toEqual({ place: "Hamburg", agency: "AFP" });
  });

  it("treats the seed's no-break space like any other whitespace", () => {
    expect(parseDateline("Hamburg /\u00a0AFP")).toEqual({ place: "Hamburg", agency: "AFP" });
    expect(parseDateline("  New\u00a0York\t/AP ")).toEqual({ place: "New York", agency: "AP" });
  });

  it("refuses lines that are not a dateline", () => {
    for (const line of ["Hamburg", "/ AFP", "Hamburg /", "a / b / c", "", "   "]) {
      expect(parseDateline(line), line).toBeNull();
    }
  });
});

describe("formatDateline", () => {
  it("joins place and agency the way wire copy prints them", () => {
    expect(formatDateline({ place: "Hamburg", agency: "AFP" })).toBe("Hamburg / AFP");
  });

  it("round-trips what parseDateline reads", () => {
    expect(formatDateline(parseDateline("Hamburg /\u00a0AFP")!)).toBe("Hamburg / AFP");
  });
});
