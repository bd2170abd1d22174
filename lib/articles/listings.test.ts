import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseStoryFile } from "../import/parse-story-file";
import { saveStory } from "../import/save-story";
import {
  createTemporaryDatabase,
  postgresAnswers,
  type TemporaryDatabase,
} from "../testing/temporary-database";
import { findListing, listStories } from "./listings";

const providers = ["sqlite", ...((await postgresAnswers()) ? ["postgresql" as const] : [])] as const;

describe.each(providers)("listStories pages by story, newest first, on %s", (provider) => {
  let temp: TemporaryDatabase;
  const headlines = (page: Awaited<ReturnType<typeof listStories>>) => page!.stories.map((s) => s.headline);

  beforeAll(async () => {
    temp = await createTemporaryDatabase(provider);
    // Seven notes a day apart, tagged Kiel on odd days; notes 4 and 5 share a time to the millisecond.
    for (let i = 1; i <= 7; i++) {
      const parsed = parseStoryFile(
        `---\ntags: [${i % 2 ? "Kiel" : "Ports"}]\n---\nHarbour note ${i}\nKiel / DPA\nNothing much.\n`,
      );
      if (!parsed.ok) throw new Error(parsed.message);
      const day = i === 5 ? 4 : i;
      await saveStory(temp.db, { ...parsed.story, publishedAt: new Date(Date.UTC(2026, 0, day)) });
    }
  });
  afterAll(async () => {
    await temp?.drop();
  });

  it("walks a list three at a time to its end, ties broken by id, each page after the last story shown", async () => {
    const first = await listStories(temp.db, { where: {} }, { perPage: 3 });
    expect(headlines(first)).toEqual(["Harbour note 7", "Harbour note 6", "Harbour note 5"]);
    const second = await listStories(temp.db, { where: {} }, { perPage: 3, before: first!.olderThan! });
    expect(headlines(second)).toEqual(["Harbour note 4", "Harbour note 3", "Harbour note 2"]);
    const third = await listStories(temp.db, { where: {} }, { perPage: 3, before: second!.olderThan! });
    expect(headlines(third)).toEqual(["Harbour note 1"]);
    expect(third!.olderThan).toBeNull();
  });

  it("keeps an earlier page's stories when a newer story is published", async () => {
    const first = await listStories(temp.db, { where: {} }, { perPage: 3 });
    const parsed = parseStoryFile("Harbour note 8\nKiel / DPA\nNothing much.\n");
    if (!parsed.ok) throw new Error(parsed.message);
    await saveStory(temp.db, { ...parsed.story, publishedAt: new Date(Date.UTC(2026, 0, 8)) });
    const second = await listStories(temp.db, { where: {} }, { perPage: 3, before: first!.olderThan! });
    expect(headlines(second)).toEqual(["Harbour note 4", "Harbour note 3", "Harbour note 2"]);
  });

  it("reads a tag's page from the tag's index, which follows a story's new time", async () => {
    const kiel = (await findListing(temp.db, "tag", "kiel"))!;
    expect("tagId" in kiel.filter).toBe(true);
    const first = await listStories(temp.db, kiel.filter, { perPage: 2 });
    expect(headlines(first)).toEqual(["Harbour note 7", "Harbour note 5"]);
    expect(
      headlines(await listStories(temp.db, kiel.filter, { perPage: 2, before: first!.olderThan! })),
    ).toEqual(["Harbour note 3", "Harbour note 1"]);
    // Note 1 moved to the newest: the tag's copy of the time moves with it.
    await temp.db.article.update({
      where: { slug: "harbour-note-1" },
      data: { publishedAt: new Date(Date.UTC(2026, 0, 20)) },
    });
    expect(headlines(await listStories(temp.db, kiel.filter, { perPage: 2 }))).toEqual([
      "Harbour note 1",
      "Harbour note 7",
    ]);
    // An unpublished story leaves the tag's list though its time stays.
    await temp.db.article.update({ where: { slug: "harbour-note-1" }, data: { status: "draft" } });
    expect(headlines(await listStories(temp.db, kiel.filter, { perPage: 2 }))).toEqual([
      "Harbour note 7",
      "Harbour note 5",
    ]);
  });

  it("knows no page after a story readers cannot see", async () => {
    expect(await listStories(temp.db, { where: {} }, { before: 999_999 })).toBeNull();
    const draft = await temp.db.article.findUniqueOrThrow({ where: { slug: "harbour-note-1" } });
    expect(await listStories(temp.db, { where: {} }, { before: draft.id })).toBeNull();
  });

  it("knows no page after a story of another list", async () => {
    const kiel = (await findListing(temp.db, "tag", "kiel"))!;
    const ports = (await findListing(temp.db, "tag", "ports"))!;
    const portsStory = (await listStories(temp.db, ports.filter, { perPage: 1 }))!.stories[0]!;
    expect(await listStories(temp.db, kiel.filter, { before: portsStory.id })).toBeNull();
    expect(await listStories(temp.db, ports.filter, { before: portsStory.id })).not.toBeNull();
    const elsewhere = await temp.db.section.create({ data: { slug: "elsewhere", name: "Elsewhere" } });
    expect(
      await listStories(temp.db, { where: { sectionId: elsewhere.id } }, { before: portsStory.id }),
    ).toBeNull();
  });
});
