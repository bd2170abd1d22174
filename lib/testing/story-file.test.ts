import { describe, expect, it } from "vitest";
import { parseStoryFile } from "../import/parse-story-file";
import { storyFileText } from "./story-file";

describe("storyFileText", () => {
  it("writes what the importer reads back, field for field", () => {
    const publishedAt = new Date("2015-03-01T08:00:00Z");
    const parsed = parseStoryFile(
      storyFileText({
        slug: "paging-story-1",
        headline: "Paging story number 1",
        paragraph: "Body of paging story 1.",
        publishedAt,
        section: "Paging Desk",
        dateline: "Kiel / Paging Wire",
        tags: ["Paging", "Desk"],
        byline: "Page Turner",
      }),
    );
    expect(parsed.ok && parsed.story).toMatchObject({
      slug: "paging-story-1",
      headline: "Paging story number 1",
      body: "Body of paging story 1.",
      publishedAt,
      section: "Paging Desk",
      place: "Kiel",
      agency: "Paging Wire",
      tags: ["Paging", "Desk"],
      byline: "Page Turner",
    });
  });

  it("defaults to a Science story from the demo wire, without tags or byline", () => {
    const parsed = parseStoryFile(
      storyFileText({ slug: "s", headline: "A headline", paragraph: "A paragraph.", publishedAt: new Date() }),
    );
    expect(parsed.ok && parsed.story).toMatchObject({
      section: "Science",
      place: "Kestrel Ford",
      agency: "Demo Wire",
      tags: [],
      byline: null,
    });
  });
});
