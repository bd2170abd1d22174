import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { newsSitemap } from "./news-sitemap";

describe("the Google News sitemap", () => {
  it("is valid XML with publication, date and an escaped title per story", () => {
    const xml = newsSitemap("Dateline & Co", [
      {
        url: "https://x.example/world/a?b=1&c=2",
        headline: "Kerry & Lavrov <meet>",
        publishedAt: new Date("2026-11-28T10:00:00Z"),
      },
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain("<news:title>Kerry &amp; Lavrov &lt;meet&gt;</news:title>");
    const parsed = new XMLParser().parse(xml);
    expect(parsed.urlset.url).toMatchObject({
      loc: "https://x.example/world/a?b=1&c=2",
      "news:news": {
        "news:publication": { "news:name": "Dateline & Co", "news:language": "en" },
        "news:publication_date": "2026-11-28T10:00:00.000Z",
        "news:title": "Kerry & Lavrov <meet>",
      },
    });
  });
});
