import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseStoryFile, type ParsedStoryFile } from "./parse-story-file";

const seedFile = readFileSync("prisma/seed/001-no-progress-kerry-lavrov-syria.txt");

function story(result: ParsedStoryFile) {
  if (!result.ok) throw new Error(`expected a story, got line ${result.line}: ${result.message}`);
  return result.story;
}

function failure(result: ParsedStoryFile) {
  if (result.ok) throw new Error("expected a failure");
  return { line: result.line, message: result.message };
}

describe("parseStoryFile on the seed article", () => {
  const parsed = story(parseStoryFile(seedFile));

  it("reads the headline with its typographic quotes", () => {
    expect(parsed.headline).toBe("‘No progress’ as Kerry, Lavrov meet on Syria: US");
  });

  it("reads place and agency from the dateline with its no-break space", () => {
    expect([parsed.place, parsed.agency]).toEqual(["Hamburg", "AFP"]);
  });

  it("keeps every paragraph in order and drops the page chrome", () => {
    const paragraphs = parsed.body.split("\n\n");
    expect(paragraphs).toHaveLength(11);
    expect(paragraphs[0]).toMatch(/^US Secretary of State John Kerry/);
    expect(paragraphs.at(-1)).toMatch(/State Department said\.$/);
    expect(parsed.body).not.toMatch(/Leave a Reply|Send this to a friend/);
  });

  it("takes date, section, slug and tags from the front matter", () => {
    expect(parsed.publishedAt?.toISOString()).toBe("2016-12-08T10:30:00.000Z");
    expect(parsed.section).toBe("World");
    expect(parsed.slug).toBe("no-progress-as-kerry-lavrov-meet-on-syria-us");
    expect(parsed.tags).toEqual(["Syria", "Russia", "United States", "Diplomacy"]);
  });
});

describe("parseStoryFile without front matter", () => {
  it("derives the slug from the headline and leaves the date to the importer", () => {
    const parsed = story(parseStoryFile("Rain in Spain\r\nMadrid / Reuters\r\nIt rained.\r\n"));
    expect(parsed).toMatchObject({
      slug: "rain-in-spain",
      section: "News",
      publishedAt: null,
      byline: null,
      tags: [],
    });
    expect(parsed.body).toBe("It rained.");
  });

  it("escapes text so Markdown cannot reinterpret it", () => {
    const parsed = story(parseStoryFile("Headline\nParis / AFP\n1. Not a list *nor bold*\n"));
    expect(parsed.body).toBe("1\\. Not a list \\*nor bold\\*");
  });

  it("keeps Markdown as written when the file says so", () => {
    const parsed = story(
      parseStoryFile("---\nformat: markdown\n---\nHeadline\nParis / AFP\n\nOne *two*\nstill one\n\nThree\n"),
    );
    expect(parsed.body).toBe("One *two*\nstill one\n\nThree");
  });
});

describe("parseStoryFile errors name the line", () => {
  it.each([
    ["", 1, /expected a headline/],
    ["Headline only\n", 1, /expected a dateline/],
    [
      "Headline\n\nNot a dateline\nBody\n",
      3,
      /expected a dateline like “Hamburg \/ AFP”, found “Not a dateline”/,
    ],
    ["Headline\nParis / AFP\n\nLeave a Reply\nSend this to a friend\n", 3, /no body paragraphs/],
    ["---\ndate: 2016-12-08\n", 1, /never closed/],
    ["---\ndate: yesterday\n---\nH\nParis / AFP\nBody\n", 2, /date: must be a date/],
    ["---\nsection: World\nauthor: Me\n---\nH\nParis / AFP\nBody\n", 3, /unknown front matter key “author”/],
    ["---\ntags: [a, b\n---\nH\nParis / AFP\nBody\n", 2, /not valid YAML/],
    [`${"x".repeat(301)}\nParis / AFP\nBody\n`, 1, /Headline is longer than 300/],
    ["Headline\nParis / AFP\nBody with a \u0007 bell\n", 3, /control characters/],
    ["---\nslug: Not A Slug\n---\nH\nParis / AFP\nBody\n", 2, /slug must be/],
    ["---\nslug: page\n---\nH\nParis / AFP\nBody\n", 2, /slug is reserved/],
    // /privacy is the site's own page: a section called Privacy could never be reached.
    [
      "---\nsection: Privacy\n---\nH\nParis / AFP\nBody\n",
      2,
      /Section name is taken by one of the site's own pages/,
    ],
  ])("%j fails at line %i", (content, line, message) => {
    const result = failure(parseStoryFile(content));
    expect(result.line).toBe(line);
    expect(result.message).toMatch(message);
  });

  it("refuses bytes that are not UTF-8", () => {
    expect(failure(parseStoryFile(new Uint8Array([0x48, 0xff, 0xfe, 0x0a])))).toEqual({
      line: 1,
      message: "the file is not valid UTF-8 text",
    });
  });
});
