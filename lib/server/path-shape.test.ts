import { describe, expect, it } from "vitest";
import { pathShape } from "./path-shape";

describe("pathShape", () => {
  it("lets through every address our routes and files use", () => {
    for (const url of [
      "/",
      "/world",
      "/world/a-story",
      "/_next/static/chunks/a-1.js",
      "/favicon.ico",
      "/api/health?x=1",
    ]) {
      expect(pathShape(url), url).toBe("plausible");
    }
  });

  it("calls broken %-escapes malformed", () => {
    expect(pathShape("/%E0%A4%A")).toBe("malformed");
    expect(pathShape("/world/%ff")).toBe("malformed");
  });

  it("calls over-long or oddly spelled segments impossible", () => {
    for (const url of [
      `/${"a".repeat(101)}`,
      "/world/<script>",
      "/world/a%20b",
      "/w%C3%B6rld",
      "/world/..%2fetc",
    ]) {
      expect(pathShape(url), url).toBe("impossible");
    }
  });
});
