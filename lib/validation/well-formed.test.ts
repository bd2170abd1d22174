import { describe, expect, it } from "vitest";
import { wellFormed } from "./well-formed";

describe("wellFormed", () => {
  it("turns half a surrogate pair into U+FFFD and keeps whole pairs", () => {
    expect(wellFormed("a\ud800b\udfffc")).toBe("a\ufffdb\ufffdc");
    expect(wellFormed("\u{1f600}\ud83d")).toBe("\u{1f600}\ufffd");
    expect(wellFormed("plain")).toBe("plain");
  });
});
