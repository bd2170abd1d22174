import { afterAll, describe, expect, it } from "vitest";
import { parseStoryFile } from "../import/parse-story-file";
import { saveStory } from "../import/save-story";
import { createTemporaryDatabase } from "../testing/temporary-database";
import { listStories } from "./listings";

const temp = await createTemporaryDatabase("sqlite");

afterAll(async () => {
  await temp.drop();
});

describe("listStories", () => {
  it("counts pages by the page size it was given", async () => {
    for (let i = 1; i <= 7; i++) {
      const parsed = parseStoryFile(`Harbour note ${i}\nKiel / DPA\nNothing much.\n`);
      if (!parsed.ok) throw new Error(parsed.message);
      await saveStory(temp.db, { ...parsed.story, publishedAt: new Date(Date.UTC(2026, 0, i)) });
    }

    const firstOfThree = await listStories(temp.db, {}, 1, 3);
    const third = await listStories(temp.db, {}, 3, 3);

    expect(firstOfThree.pageCount).toBe(3);
    expect(firstOfThree.stories.map((story) => story.headline)).toEqual([
      "Harbour note 7",
      "Harbour note 6",
      "Harbour note 5",
    ]);
    expect(third.stories.map((story) => story.headline)).toEqual(["Harbour note 1"]);
    expect((await listStories(temp.db, {}, 1)).pageCount).toBe(1);
  });
});
