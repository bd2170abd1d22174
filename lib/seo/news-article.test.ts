import { describe, expect, it } from "vitest";
import type { StoryView } from "../articles/story-view";
import { jsonLdText, newsArticleJsonLd } from "./news-article";

const story: StoryView = {
  id: 1,
  slug: "no-progress",
  href: "/world/no-progress",
  headline: "‘No progress’ as Kerry, Lavrov meet on Syria: US",
  standfirst: "Talks end without agreement.",
  body: "Body.",
  place: "Hamburg",
  agency: "AFP",
  agencyHref: "/agency/afp",
  byline: null,
  bylineHref: null,
  commentsOpen: true,
  section: { slug: "world", name: "World" },
  tags: [
    { slug: "syria", name: "Syria" },
    { slug: "russia", name: "Russia" },
  ],
  publishedAt: new Date("2016-12-08T10:30:00Z"),
  updatedAt: new Date("2016-12-08T12:00:00Z"),
  readingMinutes: 1,
};

describe("NewsArticle structured data", () => {
  const data = newsArticleJsonLd(story, { name: "Dateline", url: "https://news.example.com" });

  it("carries the wire credit as data: dateline, place and agency", () => {
    expect(data).toMatchObject({
      "@type": "NewsArticle",
      dateline: "Hamburg / AFP",
      locationCreated: { "@type": "Place", name: "Hamburg" },
      sourceOrganization: { "@type": "Organization", name: "AFP" },
      // No byline: the agency is the author.
      author: { "@type": "Organization", name: "AFP" },
    });
  });

  it("names the story, its dates, section, keywords, page, image and publisher", () => {
    expect(data).toMatchObject({
      headline: story.headline,
      description: "Talks end without agreement.",
      datePublished: "2016-12-08T10:30:00.000Z",
      dateModified: "2016-12-08T12:00:00.000Z",
      articleSection: "World",
      keywords: ["Syria", "Russia"],
      mainEntityOfPage: { "@id": "https://news.example.com/world/no-progress" },
      image: ["https://news.example.com/world/no-progress/opengraph-image"],
      publisher: { name: "Dateline", logo: { url: "https://news.example.com/logo.png" } },
    });
    expect(
      newsArticleJsonLd({ ...story, byline: "Jane Doe" }, { name: "D", url: "https://x" }).author,
    ).toEqual({
      "@type": "Person",
      name: "Jane Doe",
    });
  });

  it("lists the lead photograph first, with its size and credit, then the generated card", () => {
    const leadPhoto = {
      hash: "0123456789abcdef0123456789abcdef",
      widths: [480, 800, 1200],
      width: 1200,
      height: 800,
      alt: "Smoke over the harbour",
      caption: null,
      credit: "Photo: Jane Roe / AFP",
    };
    expect(newsArticleJsonLd({ ...story, leadPhoto }, { name: "D", url: "https://x" }).image).toEqual([
      {
        "@type": "ImageObject",
        url: "https://x/media/0123456789abcdef0123456789abcdef-1200.jpg",
        width: 1200,
        height: 800,
        creditText: "Photo: Jane Roe / AFP",
      },
      "https://x/world/no-progress/opengraph-image",
    ]);
  });

  it("cannot be closed early by text in the story", () => {
    const text = jsonLdText(
      newsArticleJsonLd(
        { ...story, headline: "</script><script>alert(1)</script>" },
        { name: "D", url: "https://x" },
      ),
    );
    expect(text).not.toContain("</script>");
    expect(JSON.parse(text).headline).toBe("</script><script>alert(1)</script>");
  });
});

describe("NewsArticle structured data of a corrected story", () => {
  it("lists its corrections as schema.org CorrectionComment, not its updates", () => {
    const data = newsArticleJsonLd(
      {
        ...story,
        notes: [
          { kind: "update", text: "Talks resume on Friday.", createdAt: new Date("2016-12-08T13:00:00Z") },
          {
            kind: "correction",
            text: "An earlier version misspelled Lavrov.",
            createdAt: new Date("2016-12-09T09:00:00Z"),
          },
        ],
      },
      { name: "Dateline", url: "https://news.example.com" },
    );
    expect(data.correction).toEqual([
      {
        "@type": "CorrectionComment",
        text: "An earlier version misspelled Lavrov.",
        datePublished: "2016-12-09T09:00:00.000Z",
      },
    ]);
    expect(
      newsArticleJsonLd(story, { name: "Dateline", url: "https://news.example.com" }),
    ).not.toHaveProperty("correction");
  });
});
