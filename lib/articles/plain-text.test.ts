import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import Markdown from "react-markdown";
import { describe, expect, it } from "vitest";
import { escapeMarkdown, excerptOf, paragraphsOf, readingMinutes } from "./plain-text";

const rendered = (markdown: string) =>
  renderToStaticMarkup(createElement(Markdown, { skipHtml: true }, markdown));

describe("escapeMarkdown", () => {
  it.each([
    "Prices rose *sharply* in _some_ regions",
    "1. This line is not a list",
    "- nor is this",
    "# nor a heading",
    "> nor a quote",
    "Use a [link](http://example.com) or `code` or <b>tags</b> & ~strikes~ | pipes",
    "A back\\slash",
  ])("keeps %j exactly as written", (text) => {
    const html = rendered(escapeMarkdown(text));
    expect(html).toMatch(/^<p>/);
    expect(paragraphsOf(escapeMarkdown(text))).toEqual([text]);
  });

  it("never lets visitor HTML through as markup", () => {
    expect(rendered(escapeMarkdown("<script>alert(1)</script>"))).toBe(
      "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
    );
  });
});

describe("readingMinutes", () => {
  it("counts about 230 words a minute, rounding up, at least one", () => {
    expect(readingMinutes("word")).toBe(1);
    expect(readingMinutes("word ".repeat(231))).toBe(2);
    expect(readingMinutes("word ".repeat(460))).toBe(2);
  });
});

describe("excerptOf", () => {
  it("prefers the standfirst", () => {
    expect(excerptOf("  The standfirst.  ", "Body text.")).toBe("The standfirst.");
  });

  it("uses the first paragraph as plain text when there is no standfirst", () => {
    expect(excerptOf(null, "First *para*.\n\nSecond.")).toBe("First para.");
  });

  it("cuts a long first paragraph at a word and marks the cut", () => {
    const excerpt = excerptOf(null, "lorem ipsum, ".repeat(40), 50);
    expect(excerpt.length).toBeLessThanOrEqual(51);
    expect(excerpt).toMatch(/^lorem ipsum, .*\b(lorem|ipsum)…$/);
  });
});
