import { describe, expect, it } from "vitest";
import { withoutDirectionControls, withoutInvisibleCharacters } from "./invisible-characters";

describe("names without invisible characters", () => {
  it.each([
    ["\u202eAda", "Ada"],
    ["Ada\u200b Lovelace", "Ada Lovelace"],
    ["\u200dAda\u200d", "Ada"],
    ["\ufeffAda", "Ada"],
    ["Ad\u2066a\u2069", "Ada"],
    ["Ada\u200f", "Ada"],
    ["Ada\u2060Lovelace", "AdaLovelace"],
    ["A\u00adda", "Ada"],
  ])("strips what hides or turns text round: %j", (typed, shown) => {
    expect(withoutInvisibleCharacters(typed)).toBe(shown);
  });

  it("keeps the joiners a script or an emoji needs between two letters", () => {
    const persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645";
    expect(withoutInvisibleCharacters(persian)).toBe(persian);
    const programmer = "Ada \u{1f469}\u200d\u{1f4bb}";
    expect(withoutInvisibleCharacters(programmer)).toBe(programmer);
  });
});

describe("running text without direction controls", () => {
  it("strips overrides, embeddings, isolates and the byte-order mark", () => {
    expect(withoutDirectionControls("\ufeffI \u202eagree\u202c \u2067here\u2069")).toBe("I agree here");
  });

  it("keeps marks, joiners and zero-width spaces", () => {
    const text =
      "\u0e20\u0e32\u0e29\u0e32\u200b\u0e44\u0e17\u0e22 \u200f \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645";
    expect(withoutDirectionControls(text)).toBe(text);
  });
});
