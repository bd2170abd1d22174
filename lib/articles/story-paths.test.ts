import { describe, expect, it } from "vitest";
import { LIST_ROUTES, SITE_FEEDS, pathsShowingComments, pathsShowingStory, storyPath } from "./story-paths";

describe("pathsShowingStory", () => {
  const everyList = [...LIST_ROUTES, ...SITE_FEEDS];

  it("names the story, the front page, its section and feed, every list route and the site's feeds", () => {
    expect(pathsShowingStory("a-story", ["world"]).sort()).toEqual(
      [
        "/_front/latest",
        "/world",
        "/world/a-story",
        "/world/a-story/share",
        "/world/feed.xml",
        "/world/atom.xml",
        ...everyList,
      ].sort(),
    );
    expect(LIST_ROUTES).toContain("/(site)/tag/[slug]");
    // "/" and the site's feeds are cached under the paths they are rewritten to.
    expect(SITE_FEEDS).toEqual([
      "/_site/feed.xml",
      "/_site/atom.xml",
      "/_site/sitemap.xml",
      "/_site/news-sitemap.xml",
    ]);
  });

  it("also names the section and address a moved story left", () => {
    expect(pathsShowingStory("a-story", ["world", "business"]).sort()).toEqual(
      [
        "/_front/latest",
        "/business",
        "/business/a-story",
        "/business/a-story/share",
        "/business/feed.xml",
        "/business/atom.xml",
        "/world",
        "/world/a-story",
        "/world/a-story/share",
        "/world/feed.xml",
        "/world/atom.xml",
        ...everyList,
      ].sort(),
    );
  });

  it("builds story paths as section/slug", () => {
    expect(storyPath("world", "a-story")).toBe("/world/a-story");
  });
});

describe("pathsShowingComments", () => {
  it("names the story and every later comment page", () => {
    expect(pathsShowingComments("/world/a", 0, 50)).toEqual(["/world/a"]);
    expect(pathsShowingComments("/world/a", 50, 50)).toEqual(["/world/a"]);
    expect(pathsShowingComments("/world/a", 101, 50)).toEqual([
      "/world/a",
      "/world/a/comments/2",
      "/world/a/comments/3",
    ]);
  });
});
