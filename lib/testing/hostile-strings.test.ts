import { describe, expect, it } from "vitest";
import { HOSTILE_PATH_SEGMENTS, HOSTILE_STRINGS } from "./hostile-strings";

describe("the hostile-input corpus", () => {
  it("holds at least 300 different strings, and as many path segments", () => {
    expect(HOSTILE_STRINGS.length).toBeGreaterThanOrEqual(300);
    expect(HOSTILE_PATH_SEGMENTS.length).toBeGreaterThanOrEqual(300);
  });

  it.each([
    ["markup", /<script>/i],
    ["SQL", /DROP TABLE/],
    ["full-text syntax", /^NEAR\(/],
    ["header injection", /\r\nBcc:/],
    ["direction controls", /\u202e/],
    ["null bytes", /\u0000/],
    ["broken encodings", /^%zz$/],
    ["overlong text", /^a{100000}$/],
    ["look-alike links", /．/],
  ])("has %s", (_, pattern) => {
    expect(HOSTILE_STRINGS.some((s) => pattern.test(s))).toBe(true);
  });
});
