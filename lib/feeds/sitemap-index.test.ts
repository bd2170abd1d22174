import { describe, expect, it } from "vitest";
import { childStories, PAGES_CHILD, sitemapChildren, storyMonths } from "./sitemap-index";

const at = (iso: string) => new Date(iso);

describe("the sitemap index", () => {
  const months = storyMonths([
    { publishedAt: at("2026-11-30T23:59:59Z"), updatedAt: at("2026-12-01T08:00:00Z") },
    { publishedAt: at("2026-12-01T00:00:00Z"), updatedAt: at("2026-12-01T00:00:00Z") },
    { publishedAt: at("2026-11-02T10:00:00Z"), updatedAt: at("2026-11-02T10:00:00Z") },
    { publishedAt: at("2016-12-08T15:00:00Z"), updatedAt: at("2016-12-08T15:00:00Z") },
    { publishedAt: at("2026-11-15T10:00:00Z"), updatedAt: at("2026-11-15T10:00:00Z") },
  ]);

  it("counts stories into UTC months, newest month first, with each month's last change", () => {
    expect(months).toEqual([
      { month: "2026-12", stories: 1, lastModified: at("2026-12-01T00:00:00Z") },
      { month: "2026-11", stories: 3, lastModified: at("2026-12-01T08:00:00Z") },
      { month: "2016-12", stories: 1, lastModified: at("2016-12-08T15:00:00Z") },
    ]);
  });

  it("lists the pages, then a child per month, split when a month holds more than a file may", () => {
    expect(sitemapChildren(months, 2).map((child) => child.name)).toEqual([
      PAGES_CHILD,
      "2026-12",
      "2026-11",
      "2026-11-2",
      "2016-12",
    ]);
    expect(sitemapChildren(months).map((child) => child.name)).toEqual([
      PAGES_CHILD,
      "2026-12",
      "2026-11",
      "2016-12",
    ]);
  });

  it("lists every story exactly once across a split month's children", () => {
    const perFile = 2;
    const names = sitemapChildren(months, perFile)
      .map((child) => child.name)
      .filter((name) => name.startsWith("2026-11"));
    const ranges = names.map((name) => childStories(name, perFile)!);
    expect(ranges.map(({ skip, take }) => [skip, take])).toEqual([
      [0, 2],
      [2, 2],
    ]);
    expect(ranges.every((range) => range.start.toISOString() === "2026-11-01T00:00:00.000Z")).toBe(true);
    expect(ranges.every((range) => range.end.toISOString() === "2026-12-01T00:00:00.000Z")).toBe(true);
  });

  it("reads a month's child by name, and nothing else", () => {
    expect(childStories("2026-12")).toMatchObject({
      start: at("2026-12-01T00:00:00Z"),
      end: at("2027-01-01T00:00:00Z"),
    });
    for (const name of [
      "2026-13",
      "2026-00",
      "2026-1",
      "2026-12-1",
      "2026-12-0",
      "2026-12-02",
      "26-12",
      "pages",
      "2026-12.xml",
      "",
      "2026-12-99999",
    ])
      expect(childStories(name), name).toBeNull();
  });
});
