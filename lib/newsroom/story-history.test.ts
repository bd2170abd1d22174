import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Staff } from "../auth/roles";
import { saveStory } from "../import/save-story";
import { Refusal } from "../errors";
import {
  createTemporaryDatabase,
  postgresAnswers,
  type TemporaryDatabase,
} from "../testing/temporary-database";
import { diffParagraphs, diffRevisions } from "./revision-diff";
import { saveNewsroomStory } from "./save-newsroom-story";
import { createStaffAccounts, editorInput } from "../testing/newsroom-fixtures";

const input = (overrides: Parameters<typeof editorInput>[0] = {}) =>
  editorInput({ tags: ["Ports"], body: "The cranes stood still on Monday.", ...overrides });
import { compareRevisions, getStoryHistory, restoreRevision } from "./story-history";
import { parseRevisionContent } from "./story-revisions";

const providers = ["sqlite", ...((await postgresAnswers()) ? ["postgresql" as const] : [])] as const;
const editor: Staff = { id: "hist-e", name: "Eda Editor", email: "eda@example.com", role: "editor" };
const other: Staff = { id: "hist-o", name: "Otto Other", email: "otto@example.com", role: "admin" };
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 28, 12, minutes));

describe("revision comparison", () => {
  const base = parseRevisionContent(
    JSON.stringify({
      headline: "Cranes fall silent",
      standfirst: null,
      body: "The cranes stood still on Monday.",
      place: "Hamburg",
      agency: "AFP",
      byline: null,
      section: { slug: "world", name: "World" },
      tags: ["Ports"],
      slug: "cranes",
      status: "published",
      publishedAt: "2026-11-28T12:00:00.000Z",
      commentsOpen: true,
    }),
  )!;
  it("names only the fields that changed, with the words removed and added", () => {
    const diffs = diffRevisions(base, {
      ...base,
      body: "The cranes stood still on Tuesday.",
      tags: ["Ports", "Strikes"],
    });
    expect(diffs.map((diff) => diff.label)).toEqual(["Tags", "Body"]);
    const body = diffs.find((diff) => diff.field === "body")!;
    expect(body.blocks).toEqual([
      {
        parts: [
          { text: "The cranes stood still on ", change: "same" },
          { text: "Monday", change: "removed" },
          { text: "Tuesday", change: "added" },
          { text: ".", change: "same" },
        ],
      },
    ]);
    expect(diffRevisions(base, base)).toEqual([]);
  });
  it("shows a long body's changed paragraphs only, the shared ones counted", () => {
    const before = ["One.", "Two.", "Three.", "Four.", "Five."].join("\n\n");
    const after = ["One.", "Two, changed.", "Three.", "Four.", "Five.", "Six."].join("\n\n");
    expect(diffParagraphs(before, after)).toEqual([
      { unchanged: 1 },
      {
        parts: [
          { text: "Two", change: "same" },
          { text: ", changed", change: "added" },
          { text: ".", change: "same" },
        ],
      },
      { unchanged: 3 },
      { parts: [{ text: "Six.", change: "added" }] },
    ]);
    expect(diffParagraphs("Gone.\n\nKept.", "Kept.")).toEqual([
      { parts: [{ text: "Gone.", change: "removed" }] },
      { unchanged: 1 },
    ]);
  });
  it("reads a stored revision only when it has every field", () => {
    expect(parseRevisionContent("{}")).toBeNull();
    expect(parseRevisionContent("not json")).toBeNull();
  });
});

describe.each(providers)("story history on %s", (provider) => {
  let temp: TemporaryDatabase;
  beforeAll(async () => {
    temp = await createTemporaryDatabase(provider);
    await temp.db.section.create({ data: { slug: "world", name: "World" } });
    await temp.db.section.create({ data: { slug: "europe", name: "Europe" } });
    await createStaffAccounts(temp.db, editor, other);
  });
  afterAll(async () => {
    await temp?.drop();
  });

  it("keeps every save with who, when and what changed, newest first", async () => {
    const first = await saveNewsroomStory(temp.db, editor, input(), "draft", at(0));
    const second = await saveNewsroomStory(
      temp.db,
      other,
      input({ id: first.id, revision: first.revision, headline: "Harbour cranes stop" }),
      "publish",
      at(5),
    );
    const history = (await getStoryHistory(temp.db, editor, first.id))!;
    expect(history.story.revision).toBe(second.revision);
    expect(history.revisions).toEqual([
      {
        number: 2,
        action: "Published",
        restoredFrom: null,
        by: "Otto Other",
        at: at(5),
        changed: "Headline, Slug, Status, Publication date and time",
      },
      { number: 1, action: "Saved as draft", restoredFrom: null, by: "Eda Editor", at: at(0), changed: "" },
    ]);
    const compared = (await compareRevisions(temp.db, editor, first.id, [2, 1]))!;
    expect(compared).toMatchObject({ from: 1, to: 2 });
    expect(compared.diffs.map((diff) => diff.field)).toEqual(["headline", "slug", "status", "publishedAt"]);
    expect(await compareRevisions(temp.db, editor, first.id, [1, 9])).toBeNull();
  });

  it("restores an earlier revision's words as a new revision, keeping the story's address and status", async () => {
    const story = await saveNewsroomStory(
      temp.db,
      editor,
      input({ headline: "Ferry strike ends" }),
      "publish",
      at(10),
    );
    const edited = await saveNewsroomStory(
      temp.db,
      editor,
      input({
        id: story.id,
        revision: story.revision,
        headline: "Ferry strike over",
        section: "europe",
        tags: [],
        body: "Wrong words.",
      }),
      "publish",
      at(11),
    );
    const restored = await restoreRevision(
      temp.db,
      other,
      { storyId: story.id, number: story.revision, revision: edited.revision },
      at(12),
    );
    expect(restored).toMatchObject({ revision: 3, status: "published", slug: "ferry-strike-ends" });
    // Both sections' pages are told: the story moved back.
    expect(restored.affectedPaths.sectionSlugs.sort()).toEqual(["europe", "world"]);
    const row = await temp.db.article.findUniqueOrThrow({
      where: { id: story.id },
      include: { section: true, tags: { include: { tag: true } } },
    });
    expect(row).toMatchObject({
      headline: "Ferry strike ends",
      body: "The cranes stood still on Monday.",
      status: "published",
    });
    expect(row.section.slug).toBe("world");
    expect(row.tags.map(({ tag }) => tag.name)).toEqual(["Ports"]);
    expect(row.publishedAt).toEqual(at(10));
    const history = (await getStoryHistory(temp.db, editor, story.id))!;
    expect(history.revisions[0]).toMatchObject({
      number: 3,
      action: "Restored",
      restoredFrom: 1,
      by: "Otto Other",
    });
    expect(await compareRevisions(temp.db, editor, story.id, [1, 3])).toMatchObject({ diffs: [] });
  });

  it("refuses a restore from a page read before someone else's save, and unknown revisions", async () => {
    const story = await saveNewsroomStory(
      temp.db,
      editor,
      input({ headline: "Port reopens" }),
      "draft",
      at(20),
    );
    const saved = await saveNewsroomStory(
      temp.db,
      other,
      input({ id: story.id, revision: story.revision, headline: "Port reopens at dawn" }),
      "draft",
      at(21),
    );
    await expect(
      restoreRevision(temp.db, editor, { storyId: story.id, number: 1, revision: story.revision }),
    ).rejects.toThrow(new Refusal("story-conflict"));
    await expect(
      restoreRevision(temp.db, editor, { storyId: story.id, number: 7, revision: saved.revision }),
    ).rejects.toThrow(new Refusal("revision-gone"));
    await expect(
      restoreRevision(temp.db, editor, { storyId: 999_999, number: 1, revision: 1 }),
    ).rejects.toThrow(new Refusal("story-gone"));
    expect((await getStoryHistory(temp.db, editor, story.id))!.revisions).toHaveLength(2);
  });

  it("keeps a story written before history was kept as it stood, before its first recorded change", async () => {
    await saveStory(
      temp.db,
      {
        slug: "old-story",
        headline: "An old story",
        standfirst: null,
        body: "Written long ago.",
        place: "Hamburg",
        agency: "AFP",
        byline: null,
        section: "World",
        tags: [],
        publishedAt: at(30),
        updatedAt: null,
        commentsOpen: true,
      } as Parameters<typeof saveStory>[1],
      at(30),
    );
    const old = await temp.db.article.findUniqueOrThrow({ where: { slug: "old-story" } });
    // As a story from before this change would be: no revision kept.
    await temp.db.articleRevision.deleteMany({ where: { articleId: old.id } });
    await saveNewsroomStory(
      temp.db,
      editor,
      input({
        id: old.id,
        revision: old.revision,
        headline: "An old story, corrected",
        body: "Written long ago.",
        slug: "old-story",
      }),
      "publish",
      at(40),
    );
    const history = (await getStoryHistory(temp.db, editor, old.id))!;
    expect(history.revisions.map((line) => [line.number, line.action, line.by])).toEqual([
      [2, "Published", "Eda Editor"],
      [1, "As it stood before history was kept", null],
    ]);
    expect(history.revisions[1]!.at).toEqual(old.updatedAt);
  });

  it("records imports, each update as a new revision", async () => {
    const draft = {
      slug: "imported-story",
      headline: "Imported",
      standfirst: null,
      body: "First words.",
      place: "Berlin",
      agency: "dpa",
      byline: null,
      section: "World",
      tags: [],
      publishedAt: at(50),
      updatedAt: null,
      commentsOpen: true,
    } as Parameters<typeof saveStory>[1];
    await saveStory(temp.db, draft, at(50));
    await saveStory(temp.db, draft, at(51));
    await saveStory(temp.db, { ...draft, body: "Second words." }, at(52));
    const id = (await temp.db.article.findUniqueOrThrow({ where: { slug: "imported-story" } })).id;
    const history = (await getStoryHistory(temp.db, editor, id))!;
    expect(history.revisions.map((line) => [line.number, line.action, line.by, line.changed])).toEqual([
      [2, "Imported", null, "Body"],
      [1, "Imported", null, ""],
    ]);
  });
});
