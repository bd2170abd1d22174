import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import type { StoryView } from "../articles/story-view";
import { buildFeed } from "./build-feed";

const story = (overrides: Partial<StoryView> = {}): StoryView => ({
  id: 1,
  slug: "no-progress",
  href: "/world/no-progress",
  headline: "‘No progress’ as Kerry & Lavrov meet <on> Syria: “US”",
  standfirst: null,
  body: "The talks in Hamburg ended without agreement.\n\nMore text.",
  place: "Hamburg",
  agency: "AFP",
  agencyHref: "/agency/afp",
  byline: "Jane Doe",
  bylineHref: "/byline/jane-doe",
  commentsOpen: true,
  section: { slug: "world", name: "World" },
  tags: [{ slug: "syria", name: "Syria" }],
  publishedAt: new Date("2016-12-08T10:30:00Z"),
  updatedAt: new Date("2016-12-08T12:00:00Z"),
  readingMinutes: 1,
  ...overrides,
});

const spec = {
  siteName: "Dateline",
  siteUrl: "https://news.example.com",
  pagePath: "/",
  rssPath: "/feed.xml",
  atomPath: "/atom.xml",
  stories: [
    story(),
    story({ id: 2, slug: "second", href: "/world/second", headline: "A ]]> breaker", byline: null }),
  ],
};

describe("feeds", () => {
  it("RSS 2.0 that a feed reader parses, with full dates, absolute links and any headline intact", async () => {
    const feed = await new Parser().parseString(buildFeed(spec).rss2());
    expect(feed.title).toBe("Dateline");
    expect(feed.link).toBe("https://news.example.com/");
    const [first, second] = feed.items;
    expect(first!.title).toBe("‘No progress’ as Kerry & Lavrov meet <on> Syria: “US”");
    expect(first!.link).toBe("https://news.example.com/world/no-progress");
    expect(first!.pubDate).toBe("Thu, 08 Dec 2016 10:30:00 GMT");
    expect(first!.contentSnippet ?? first!.content).toContain("Hamburg / AFP: The talks in Hamburg ended");
    expect(first!.categories).toEqual(["World", "Syria"]);
    expect(second!.title).toBe("A ]]> breaker");
  });

  it("Atom that a feed reader parses, with published and updated times", async () => {
    const xml = buildFeed({
      ...spec,
      sectionName: "World",
      pagePath: "/world",
      rssPath: "/world/feed.xml",
      atomPath: "/world/atom.xml",
    }).atom1();
    const feed = await new Parser({ customFields: { item: ["published", "updated"] } }).parseString(xml);
    expect(feed.title).toBe("Dateline: World");
    expect(feed.items[0]).toMatchObject({
      title: "‘No progress’ as Kerry & Lavrov meet <on> Syria: “US”",
      link: "https://news.example.com/world/no-progress",
      published: "2016-12-08T10:30:00.000Z",
      updated: "2016-12-08T12:00:00.000Z",
    });
    expect(xml).toContain('href="https://news.example.com/world/atom.xml"');
  });

  it("carries a story's lead photograph as an enclosure in RSS and Atom", async () => {
    const leadPhoto = {
      hash: "0123456789abcdef0123456789abcdef",
      widths: [480, 800],
      width: 800,
      height: 600,
      alt: "Smoke over the harbour",
      caption: null,
      credit: null,
    };
    const built = buildFeed({
      ...spec,
      stories: [story({ leadPhoto }), story({ id: 2, slug: "plain", href: "/world/plain" })],
    });
    const url = "https://news.example.com/media/0123456789abcdef0123456789abcdef-800.jpg";
    const feed = await new Parser().parseString(built.rss2());
    expect(feed.items[0]!.enclosure).toMatchObject({ url, type: "image/jpeg" });
    expect(feed.items[1]!.enclosure).toBeUndefined();
    expect(built.atom1()).toContain(`rel="enclosure" href="${url}"`);
  });
});
