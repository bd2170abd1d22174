import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseStoryFile } from "../import/parse-story-file";
import { saveStory } from "../import/save-story";
import {
  createTemporaryDatabase,
  postgresAnswers,
  type TemporaryDatabase,
} from "../testing/temporary-database";
import { siteFileResponse, sitemapChildResponse } from "./site-file-response";

const providers = ["sqlite", ...((await postgresAnswers()) ? ["postgresql" as const] : [])] as const;
const parser = new XMLParser({ isArray: (name) => name === "url" || name === "sitemap" });

async function story(db: TemporaryDatabase["db"], headline: string, publishedAt: string) {
  const parsed = parseStoryFile(`${headline}\nKiel / DPA\nSomething happened.\n`);
  if (!parsed.ok) throw new Error(parsed.message);
  await saveStory(db, { ...parsed.story, publishedAt: new Date(publishedAt) });
}

const locs = (body: string, list: "urlset" | "sitemapindex") => {
  expect(XMLValidator.validate(body)).toBe(true);
  const parsed = parser.parse(body)[list];
  return ((list === "urlset" ? parsed.url : parsed.sitemap) ?? []).map(
    (entry: { loc: string }) => new URL(entry.loc).pathname,
  ) as string[];
};

describe.each(providers)("the sitemap index and its children on %s", (provider) => {
  let temp: TemporaryDatabase;

  beforeAll(async () => {
    temp = await createTemporaryDatabase(provider);
    await story(temp.db, "Last night of January", "2026-01-31T23:30:00Z");
    await story(temp.db, "First hour of February", "2026-02-01T00:10:00Z");
    await story(temp.db, "Scheduled for the next century", "2099-01-01T00:00:00Z");
  });
  afterAll(async () => {
    await temp?.drop();
  });

  it("names the pages and each month with published stories, newest first, and no month still to come", async () => {
    const index = await (await siteFileResponse(temp.db, "sitemap.xml")).text();
    expect(locs(index, "sitemapindex")).toEqual([
      "/sitemap-pages.xml",
      "/sitemap-2026-02.xml",
      "/sitemap-2026-01.xml",
    ]);
  });

  it("lists each story in the UTC month it was published in, and nothing scheduled", async () => {
    const january = await sitemapChildResponse(temp.db, "2026-01");
    expect(locs(await january!.text(), "urlset")).toEqual(["/news/last-night-of-january"]);
    const february = await sitemapChildResponse(temp.db, "2026-02");
    expect(locs(await february!.text(), "urlset")).toEqual(["/news/first-hour-of-february"]);
    // The scheduled story's month has nothing readers may see yet: no child at all.
    expect(await sitemapChildResponse(temp.db, "2099-01")).toBeNull();
  });

  it("lists the front page and the sections in the pages child; other names are not children", async () => {
    const pages = locs(await (await sitemapChildResponse(temp.db, "pages"))!.text(), "urlset");
    expect(pages[0]).toBe("/");
    expect(pages).toContain("/news");
    for (const name of ["2026-01-2", "2026-13", "feed", "2026-01.xml", "../2026-01"]) {
      expect(await sitemapChildResponse(temp.db, name), name).toBeNull();
    }
  });
});
