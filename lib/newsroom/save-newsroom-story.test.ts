import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishDueStories } from "../articles/publish-due-stories";
import type { Staff } from "../auth/roles";
import { seedDemoContent } from "../import/seed-demo-content";
import {
  createTemporaryDatabase,
  postgresAnswers,
  type TemporaryDatabase,
} from "../testing/temporary-database";
import { Refusal } from "../errors";
import { publication, saveNewsroomStory } from "./save-newsroom-story";
import { createStaffAccounts, editorInput as input } from "../testing/newsroom-fixtures";

const providers = ["sqlite", ...((await postgresAnswers()) ? ["postgresql" as const] : [])] as const;
const editor: Staff = { id: "e", name: "Eda Editor", email: "eda@example.com", role: "editor" };
const now = new Date("2026-11-28T12:00:00Z");
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

describe("when a story goes out", () => {
  const out = { status: "published", publishedAt: new Date("2026-01-01T00:00:00Z") };
  it("Publish is now, or a past time given, and keeps the first publication time on later updates", () => {
    expect(publication("publish", null, null, now)).toEqual({ status: "published", publishedAt: now });
    expect(publication("publish", later(-60), null, now)).toEqual({
      status: "published",
      publishedAt: later(-60),
    });
    expect(publication("publish", later(60), null, now)).toEqual({ status: "published", publishedAt: now });
    expect(publication("publish", null, out, now)).toEqual(out);
    // The editor sends the stored time back to the minute; that is no change of time.
    const stored = { status: "published", publishedAt: new Date("2026-01-01T08:15:42.123Z") };
    expect(publication("publish", new Date("2026-01-01T08:15:00Z"), stored, now)).toEqual(stored);
    expect(publication("draft", new Date("2026-01-01T08:15:00Z"), stored, now).publishedAt).toEqual(
      stored.publishedAt,
    );
    expect(publication("publish", new Date("2026-01-01T08:16:00Z"), stored, now).publishedAt).toEqual(
      new Date("2026-01-01T08:16:00Z"),
    );
  });
  it("Schedule needs a future time; Save draft and Unpublish take the story off", () => {
    expect(publication("schedule", later(5), null, now)).toEqual({
      status: "scheduled",
      publishedAt: later(5),
    });
    expect(() => publication("schedule", later(-5), null, now)).toThrow(Refusal);
    expect(() => publication("schedule", null, null, now)).toThrow(Refusal);
    expect(publication("unpublish", null, out, now)).toEqual({
      status: "draft",
      publishedAt: out.publishedAt,
    });
  });
});

describe.each(providers)("newsroom stories on %s", (provider) => {
  let temp: TemporaryDatabase;
  beforeAll(async () => {
    temp = await createTemporaryDatabase(provider);
    await seedDemoContent(temp.db);
    await createStaffAccounts(temp.db, editor);
  });
  afterAll(async () => {
    await temp?.drop();
  });

  it("makes the slug from the headline while a draft, numbering it when taken", async () => {
    const first = await saveNewsroomStory(
      temp.db,
      editor,
      input({ headline: "Same headline twice" }),
      "draft",
      now,
    );
    const second = await saveNewsroomStory(
      temp.db,
      editor,
      input({ headline: "Same headline twice" }),
      "draft",
      now,
    );
    expect([first.slug, second.slug]).toEqual(["same-headline-twice", "same-headline-twice-2"]);

    const renamed = await saveNewsroomStory(
      temp.db,
      editor,
      input({ id: first.id, revision: first.revision, headline: "A better headline" }),
      "draft",
      now,
    );
    expect(renamed.slug).toBe("a-better-headline");
    // Never out, so the old address leaves no redirect.
    expect(await temp.db.articleRedirect.count({ where: { articleId: first.id } })).toBe(0);
  });

  it("never gives a story a slug the site's own routes use", async () => {
    const story = await saveNewsroomStory(temp.db, editor, input({ headline: "Page" }), "draft", now);
    expect(story.slug).toBe("page-2");
    for (const slug of ["page", "before"]) {
      await expect(saveNewsroomStory(temp.db, editor, input({ slug }), "draft", now)).rejects.toThrow(
        Refusal,
      );
    }
    const before = await saveNewsroomStory(temp.db, editor, input({ headline: "Before" }), "draft", now);
    expect(before.slug).toBe("before-2");
  });

  it("keeps the slug once published; an explicit change leaves a redirect", async () => {
    const draft = await saveNewsroomStory(
      temp.db,
      editor,
      input({ headline: "Kept slug story" }),
      "publish",
      now,
    );
    expect(draft).toMatchObject({
      slug: "kept-slug-story",
      status: "published",
      href: "/world/kept-slug-story",
    });
    const edited = await saveNewsroomStory(
      temp.db,
      editor,
      input({
        id: draft.id,
        revision: draft.revision,
        headline: "Kept slug story, new words",
        section: "science",
      }),
      "publish",
      later(10),
    );
    expect(edited.slug).toBe("kept-slug-story");
    expect(edited.affectedPaths.sectionSlugs.sort()).toEqual(["science", "world"]);

    const moved = await saveNewsroomStory(
      temp.db,
      editor,
      input({ id: draft.id, revision: edited.revision, slug: "moved-slug-story" }),
      "publish",
      later(20),
    );
    expect(moved.affectedPaths.slugs).toEqual(["moved-slug-story", "kept-slug-story"]);
    expect(await temp.db.articleRedirect.findUnique({ where: { slug: "kept-slug-story" } })).toMatchObject({
      articleId: draft.id,
    });
    // Another story cannot take the old address, nor a slug in use, when chosen.
    await expect(
      saveNewsroomStory(temp.db, editor, input({ slug: "kept-slug-story" }), "draft", now),
    ).rejects.toThrow(new Refusal("slug-taken"));
  });

  it("refuses a save made from an older revision and writes nothing of it", async () => {
    const story = await saveNewsroomStory(temp.db, editor, input({ headline: "Two editors" }), "draft", now);
    const mine = await saveNewsroomStory(
      temp.db,
      editor,
      input({ id: story.id, revision: story.revision, headline: "Two editors", standfirst: "Mine" }),
      "draft",
      now,
    );
    expect(mine.revision).toBe(story.revision + 1);
    await expect(
      saveNewsroomStory(
        temp.db,
        editor,
        input({ id: story.id, revision: story.revision, headline: "Two editors", standfirst: "Theirs" }),
        "publish",
        now,
      ),
    ).rejects.toThrow(new Refusal("story-conflict"));
    const stored = await temp.db.article.findUniqueOrThrow({ where: { id: story.id } });
    expect(stored).toMatchObject({ standfirst: "Mine", status: "draft", revision: mine.revision });
  });

  it("of two saves racing from the same revision, exactly one wins", async () => {
    const story = await saveNewsroomStory(
      temp.db,
      editor,
      input({ headline: "Racing editors" }),
      "draft",
      now,
    );
    const results = await Promise.allSettled(
      ["One", "Two"].map((standfirst) =>
        saveNewsroomStory(
          temp.db,
          editor,
          input({ id: story.id, revision: story.revision, headline: "Racing editors", standfirst }),
          "draft",
          now,
        ),
      ),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")?.reason).toEqual(
      new Refusal("story-conflict"),
    );
  });

  it("refuses an unknown section, and stores nothing half-way", async () => {
    const before = await temp.db.article.count();
    await expect(
      saveNewsroomStory(temp.db, editor, input({ headline: "Nowhere", section: "no-such" }), "publish", now),
    ).rejects.toThrow(Refusal);
    expect(await temp.db.article.count()).toBe(before);
  });

  it("publishes a scheduled story once its time has come, exactly once", async () => {
    const story = await saveNewsroomStory(
      temp.db,
      editor,
      input({ headline: "Scheduled for later", publishAt: later(30) }),
      "schedule",
      now,
    );
    expect(story.status).toBe("scheduled");
    expect(await publishDueStories(temp.db, later(29))).toEqual([]);
    const [paths, again] = await Promise.all([
      publishDueStories(temp.db, later(31)),
      publishDueStories(temp.db, later(31)),
    ]);
    expect([...paths, ...again].filter((path) => path === "/world/scheduled-for-later")).toHaveLength(1);
    expect(await temp.db.article.findUniqueOrThrow({ where: { id: story.id } })).toMatchObject({
      status: "published",
    });
  });
});
