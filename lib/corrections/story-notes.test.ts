import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Staff } from "../auth/roles";
import { Refusal } from "../errors";
import { saveNewsroomStory } from "../newsroom/save-newsroom-story";
import {
  createTemporaryDatabase,
  postgresAnswers,
  type TemporaryDatabase,
} from "../testing/temporary-database";
import { addStoryNote, storyNotePost } from "./add-story-note";
import { createStaffAccounts, editorInput } from "../testing/newsroom-fixtures";
import { restorePost } from "../newsroom/story-history";
import { HOSTILE_STRINGS } from "../testing/hostile-strings";
import { listCorrections } from "./story-notes";

const providers = ["sqlite", ...((await postgresAnswers()) ? ["postgresql" as const] : [])] as const;
const editor: Staff = { id: "notes-e", name: "Eda Editor", email: "eda@example.com", role: "editor" };
const at = (minutes: number) => new Date(Date.UTC(2026, 11, 2, 9, minutes));

const story = (headline: string) => editorInput({ headline, tags: [], body: "Words." });

describe("the correction form", () => {
  it("needs a kind and some words, at most 1,000 characters, trimmed", () => {
    expect(storyNotePost.parse({ storyId: "4", kind: "correction", text: "  Fixed a name. " })).toEqual({
      storyId: 4,
      kind: "correction",
      text: "Fixed a name.",
    });
    const issues = (post: object) =>
      storyNotePost
        .safeParse({ storyId: "4", kind: "update", text: "x", ...post })
        .error?.issues.map((issue) => issue.message);
    expect(storyNotePost.parse({ storyId: "4", kind: "update", text: "Two\r\n\r\n lines" }).text).toBe(
      "Two lines",
    );
    expect(issues({ text: "   " })).toEqual(["Write the correction or update."]);
    expect(issues({ text: "a\u0007b" })).toEqual(["The text contains invisible control characters."]);
    expect(issues({ text: "x".repeat(1001) })).toEqual(["Write at most 1,000 characters."]);
    expect(issues({ kind: "retraction" })).toEqual(["Choose Correction or Update."]);
  });
});

describe.each(providers)("corrections and updates on %s", (provider) => {
  let temp: TemporaryDatabase;
  beforeAll(async () => {
    temp = await createTemporaryDatabase(provider);
    await temp.db.section.create({ data: { slug: "world", name: "World" } });
    await createStaffAccounts(temp.db, editor);
  });
  afterAll(async () => {
    await temp?.drop();
  });

  it("adds a dated note to a published story and moves its Updated time, nothing else", async () => {
    const saved = await saveNewsroomStory(temp.db, editor, story("Kerry meets Lavrov"), "publish", at(0));
    const before = await temp.db.article.findUniqueOrThrow({ where: { id: saved.id } });
    const added = await addStoryNote(
      temp.db,
      editor,
      { storyId: saved.id, kind: "correction", text: "An earlier version misspelled Lavrov." },
      at(30),
    );
    expect(added).toEqual({
      label: "Correction",
      addresses: { slugs: ["kerry-meets-lavrov"], sectionSlugs: ["world"] },
    });
    const after = await temp.db.article.findUniqueOrThrow({ where: { id: saved.id } });
    expect(after.updatedAt).toEqual(at(30));
    expect({ ...after, updatedAt: before.updatedAt }).toEqual(before);
    expect(
      await temp.db.storyNote.findMany({
        where: { articleId: saved.id },
        select: { kind: true, text: true, staffUserId: true, createdAt: true },
      }),
    ).toEqual([
      {
        kind: "correction",
        text: "An earlier version misspelled Lavrov.",
        staffUserId: editor.id,
        createdAt: at(30),
      },
    ]);
  });

  it("refuses a note on a draft, a scheduled story or a story that is gone, and writes nothing", async () => {
    const draft = await saveNewsroomStory(temp.db, editor, story("Draft story"), "draft", at(0));
    const scheduled = await saveNewsroomStory(
      temp.db,
      editor,
      { ...story("Later story"), publishAt: at(59) },
      "schedule",
      at(0),
    );
    for (const storyId of [draft.id, scheduled.id]) {
      await expect(
        addStoryNote(temp.db, editor, { storyId, kind: "update", text: "x" }, at(1)),
      ).rejects.toThrow(new Refusal("note-needs-published-story"));
    }
    await expect(
      addStoryNote(temp.db, editor, { storyId: 999_999, kind: "update", text: "x" }, at(1)),
    ).rejects.toThrow(new Refusal("story-gone"));
    await expect(
      addStoryNote(
        temp.db,
        { ...editor, role: "moderator" },
        { storyId: draft.id, kind: "update", text: "x" },
      ),
    ).rejects.toThrow(new Refusal("forbidden"));
    expect(await temp.db.storyNote.count({ where: { articleId: { in: [draft.id, scheduled.id] } } })).toBe(0);
  });

  it("lists corrections (not updates) newest first, paged, only on stories readers can see", async () => {
    const a = await saveNewsroomStory(temp.db, editor, story("Story A"), "publish", at(0));
    const b = await saveNewsroomStory(temp.db, editor, story("Story B"), "publish", at(0));
    await addStoryNote(temp.db, editor, { storyId: a.id, kind: "correction", text: "A one" }, at(40));
    await addStoryNote(temp.db, editor, { storyId: b.id, kind: "update", text: "B news" }, at(41));
    await addStoryNote(temp.db, editor, { storyId: b.id, kind: "correction", text: "B one" }, at(42));
    await addStoryNote(temp.db, editor, { storyId: a.id, kind: "correction", text: "A two" }, at(43));
    const texts = async (page: number) =>
      (await listCorrections(temp.db, page, 2)).corrections.map((c) => c.text);
    expect(await texts(1)).toEqual(["A two", "B one"]);
    expect(await texts(2)).toEqual(["A one", "An earlier version misspelled Lavrov."]);
    expect((await listCorrections(temp.db, 1, 2)).pageCount).toBe(2);
    expect((await listCorrections(temp.db, 1, 2)).corrections[0]!.story).toEqual({
      headline: "Story A",
      href: "/world/story-a",
    });
    // Unpublishing a story takes its corrections off the list with it.
    const current = await temp.db.article.findUniqueOrThrow({ where: { id: a.id } });
    await saveNewsroomStory(
      temp.db,
      editor,
      { ...story("Story A"), id: a.id, revision: current.revision },
      "unpublish",
      at(50),
    );
    expect(await texts(1)).toEqual(["B one", "An earlier version misspelled Lavrov."]);
  });

  it("every hostile string in every field is refused by the checks or stored and read back as sent", async () => {
    const published = await saveNewsroomStory(temp.db, editor, story("Hostile notes"), "publish", at(0));
    let stored = 0;
    for (const field of ["storyId", "kind", "text"] as const) {
      for (const hostile of HOSTILE_STRINGS) {
        const parsed = storyNotePost.safeParse({
          storyId: String(published.id),
          kind: "update",
          text: "A note.",
          [field]: hostile,
        });
        if (!parsed.success) continue;
        // An id written another way ("+1", "1e3") is just another story's id: the checks passed.
        if (parsed.data.storyId !== published.id) continue;
        await addStoryNote(temp.db, editor, parsed.data, at(1));
        const back = await temp.db.storyNote.findFirstOrThrow({
          where: { articleId: published.id },
          orderBy: { id: "desc" },
        });
        expect([back.kind, back.text]).toEqual([parsed.data.kind, parsed.data.text]);
        stored++;
      }
    }
    expect(stored).toBeGreaterThan(HOSTILE_STRINGS.length / 2);
    // The history's Restore button: hostile numbers are refused before anything is read.
    for (const field of ["storyId", "number", "revision"] as const) {
      for (const hostile of HOSTILE_STRINGS) {
        const parsed = restorePost.safeParse({ storyId: "1", number: "1", revision: "1", [field]: hostile });
        if (parsed.success)
          expect(Number.isSafeInteger(parsed.data[field]) && parsed.data[field] > 0).toBe(true);
      }
    }
  });
});
