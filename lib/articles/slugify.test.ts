import { describe, expect, it } from "vitest";
import { isSlug, slugify } from "./slugify";

describe("slugify", () => {
  it("makes the seed story's slug from its headline, dropping typographic quotes", () => {
    expect(slugify("‘No progress’ as Kerry, Lavrov meet on Syria: US")).toBe(
      "no-progress-as-kerry-lavrov-meet-on-syria-us",
    );
  });

  it("folds accents and drops apostrophes inside words", () => {
    expect(slugify("Zürich's Café Crème")).toBe("zurichs-cafe-creme");
  });

  it("cuts long headlines at a word, at most 80 characters", () => {
    const slug = slugify("word ".repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("-")).toBe(false);
    expect(isSlug(slug)).toBe(true);
  });

  it("gives an empty slug when nothing is left", () => {
    expect(slugify("“ ” !!! 🙂")).toBe("");
  });
});

describe("isSlug", () => {
  it("accepts what slugify makes and refuses everything else", () => {
    expect(isSlug("world")).toBe(true);
    for (const value of ["", "World", "a--b", "-a", "a-", "a b", "a/b", "ü", "a".repeat(81), "%e0"]) {
      expect(isSlug(value), value).toBe(false);
    }
  });
});
