import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import { buildCorrectionsFeed } from "./corrections-feed";

const corrections = [
  {
    id: 7,
    text: "An earlier version said <b>Kerry & Lavrov</b> met in “Berlin”.",
    createdAt: new Date("2026-12-02T09:00:00Z"),
    story: { headline: "‘No progress’ as Kerry, Lavrov meet", href: "/world/no-progress" },
  },
  {
    id: 3,
    text: "A name was misspelled.",
    createdAt: new Date("2026-11-30T09:00:00Z"),
    story: { headline: "Ferry strike ends", href: "/europe/ferry-strike" },
  },
];

describe("the corrections feed", () => {
  const feed = buildCorrectionsFeed({
    siteName: "Dateline",
    siteUrl: "https://news.example.com",
    corrections,
  });

  it("is an RSS feed of the corrections, each linking to the story's corrections, text escaped", async () => {
    const parsed = await new Parser().parseString(feed.rss2());
    expect(parsed.title).toBe("Dateline: Corrections");
    expect(parsed.items.map((item) => [item.title, item.link, item.content])).toEqual([
      [
        "Correction: ‘No progress’ as Kerry, Lavrov meet",
        "https://news.example.com/world/no-progress#corrections",
        "An earlier version said &lt;b&gt;Kerry &amp; Lavrov&lt;/b&gt; met in “Berlin”.",
      ],
      [
        "Correction: Ferry strike ends",
        "https://news.example.com/europe/ferry-strike#corrections",
        "A name was misspelled.",
      ],
    ]);
    expect(feed.rss2()).not.toContain("<b>");
  });

  it("is dated by its newest correction, and also Atom", async () => {
    expect(feed.options.updated).toEqual(corrections[0]!.createdAt);
    const atom = await new Parser().parseString(feed.atom1());
    expect(atom.items).toHaveLength(2);
  });
});
