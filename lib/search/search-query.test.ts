import { describe, expect, it } from "vitest";
import { MATCH_END, MATCH_START, fts5Expression, parseSearchQuery, splitMarks } from "./search-query";

describe("search queries", () => {
  it("keep only words, in lower case, each once", () => {
    expect(parseSearchQuery("  Kerry   LAVROV kerry ").terms).toEqual(["kerry", "lavrov"]);
    expect(parseSearchQuery("Zürich's café").terms).toEqual(["zürich", "s", "café"]);
  });

  it.each([
    ['"unbalanced', ["unbalanced"]],
    ["syria AND NOT kerry OR", ["syria", "and", "not", "kerry", "or"]],
    ["headline:syria NEAR(a b)", ["headline", "syria", "near", "a", "b"]],
    ['\'; DROP TABLE "Article"; --', ["drop", "table", "article"]],
    ["<script>alert(1)</script>", ["script", "alert", "1"]],
    ["🙂🚀", []],
    ["", []],
    ["*", []],
  ])("turn %j into plain terms", (raw, terms) => {
    expect(parseSearchQuery(raw).terms).toEqual(terms);
  });

  it("read at most 200 characters and 12 words, and say so", () => {
    const long = parseSearchQuery("word ".repeat(2000));
    expect(long.text.length).toBe(200);
    expect(long.truncated).toBe(true);
    expect(parseSearchQuery(Array.from({ length: 30 }, (_, i) => `w${i}`).join(" ")).terms).toHaveLength(12);
    expect(parseSearchQuery(["not", "a", "string"]).terms).toEqual([]);
  });

  it("quote every term for FTS5, so none is an operator", () => {
    expect(fts5Expression(["syria", "and", "near"])).toBe('"syria" "and" "near"');
  });

  it("split marked text into pieces for <mark>", () => {
    expect(splitMarks(`As ${MATCH_START}Kerry${MATCH_END} met ${MATCH_START}Lavrov${MATCH_END}`)).toEqual([
      { text: "As ", marked: false },
      { text: "Kerry", marked: true },
      { text: " met ", marked: false },
      { text: "Lavrov", marked: true },
    ]);
    expect(splitMarks("plain")).toEqual([{ text: "plain", marked: false }]);
  });
});
