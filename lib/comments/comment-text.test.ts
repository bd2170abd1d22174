import { describe, expect, it } from "vitest";
import { commentParagraphs } from "./comment-text";

describe("commentParagraphs", () => {
  it("splits paragraphs at blank lines and keeps single line breaks", () => {
    expect(commentParagraphs("One\ntwo\n\n\nThree")).toEqual([
      [[{ kind: "text", text: "One" }], [{ kind: "text", text: "two" }]],
      [[{ kind: "text", text: "Three" }]],
    ]);
  });

  it("links bare http(s) addresses, leaving trailing punctuation outside", () => {
    expect(commentParagraphs("See https://example.com/a?b=1, then stop.")).toEqual([
      [
        [
          { kind: "text", text: "See " },
          { kind: "link", text: "https://example.com/a?b=1", href: "https://example.com/a?b=1" },
          { kind: "text", text: ", then stop." },
        ],
      ],
    ]);
  });

  it("never links other schemes and keeps markup as text", () => {
    expect(commentParagraphs('javascript:alert(1) <a href="x">y</a>')).toEqual([
      [[{ kind: "text", text: 'javascript:alert(1) <a href="x">y</a>' }]],
    ]);
  });
});
