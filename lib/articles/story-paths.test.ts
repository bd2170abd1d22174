import { describe, expect, it } from "vitest";
import { pathsShowingComments, pathsShowingStory, storyPath } from "./story-paths";

describe("pathsShowingStory", () => {
  it("names the story, the front page and its section", () => {
    expect(pathsShowingStory("a-story", ["world"]).sort()).toEqual(["/", "/world", "/world/a-story"]);
  });

  it("also names the section and address a moved story left", () => {
    expect(pathsShowingStory("a-story", ["world", "business"]).sort()).toEqual(
      ["/", "/business", "/business/a-story", "/world", "/world/a-story"].sort(),
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
