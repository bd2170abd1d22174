import { describe, expect, it } from "vitest";
import { pathsShowingStory, storyPath } from "./story-paths";

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
