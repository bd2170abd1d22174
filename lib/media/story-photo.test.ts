import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jpegFile } from "../testing/photo-file";
import type { Staff } from "../auth/roles";
import { getStory } from "../articles/get-story";
import { Refusal } from "../errors";
import { saveNewsroomStory } from "../newsroom/save-newsroom-story";
import { HOSTILE_STRINGS } from "../testing/hostile-strings";
import {
  createTemporaryDatabase,
  postgresAnswers,
  type TemporaryDatabase,
} from "../testing/temporary-database";
import { diskMediaStore, type MediaStore } from "./media-store";
import { removeStoryPhoto, saveStoryPhoto } from "./story-photo";
import { storyPhotoPost } from "./story-photo-form";

const providers = ["sqlite", ...((await postgresAnswers()) ? ["postgresql" as const] : [])] as const;
const editor: Staff = { id: "photo-e", name: "Pia Photo", email: "pia@example.com", role: "editor" };
const at = (minutes: number) => new Date(Date.UTC(2026, 11, 3, 9, minutes));

const story = (headline: string) => ({
  id: null,
  revision: null,
  headline,
  standfirst: null,
  place: "Hamburg",
  agency: "AFP",
  byline: null,
  section: "world",
  tags: [],
  body: "Words.",
  slug: "",
  publishAt: null,
  commentsOpen: true,
});

const post = (storyId: number, fields: Record<string, unknown>) =>
  storyPhotoPost.parse({ storyId: String(storyId), photo: "", alt: "", caption: "", credit: "", ...fields });

describe("the photograph form", () => {
  it("needs alt text; caption and credit are optional, one line each", () => {
    const issues = (fields: object) =>
      storyPhotoPost
        .safeParse({ storyId: "3", photo: "", alt: "A harbour", caption: "", credit: "", ...fields })
        .error?.issues.map((issue) => issue.message);
    expect(issues({ alt: "   " })).toEqual(["Describe the photograph for people who cannot see it."]);
    expect(issues({ credit: "x".repeat(201) })).toEqual(["Credit: write at most 200 characters."]);
    expect(issues({ caption: "a\u0007b" })).toEqual(["Caption contains invisible control characters."]);
    expect(issues({ photo: "not a file" })).toHaveLength(1);
    expect(
      storyPhotoPost.parse({
        storyId: "3",
        photo: "",
        alt: " Two\r\nlines ",
        caption: " ",
        credit: "Photo: Jane Roe / AFP",
      }),
    ).toEqual({ storyId: 3, photo: null, alt: "Two lines", caption: null, credit: "Photo: Jane Roe / AFP" });
  });
});

describe.each(providers)("a story's lead photograph on %s", (provider) => {
  let temp: TemporaryDatabase;
  let directory: string;
  let store: MediaStore;
  beforeAll(async () => {
    temp = await createTemporaryDatabase(provider);
    directory = await mkdtemp(path.join(os.tmpdir(), "photos-"));
    store = diskMediaStore(directory);
    await temp.db.section.create({ data: { slug: "world", name: "World" } });
    await temp.db.user.create({
      data: { id: editor.id, name: editor.name, email: editor.email, role: "editor" },
    });
  });
  afterAll(async () => {
    await temp?.drop();
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  it("stores the renditions, shows the photograph on the story, and logs who did it", async () => {
    const saved = await saveNewsroomStory(temp.db, editor, story("Harbour fire"), "publish", at(0));
    const before = await temp.db.article.findUniqueOrThrow({ where: { id: saved.id } });
    const result = await saveStoryPhoto(
      temp.db,
      editor,
      store,
      post(saved.id, {
        photo: await jpegFile(1000, 500),
        alt: "Smoke over the harbour",
        credit: "Photo: Jane Roe / AFP",
      }),
      at(1),
    );
    expect(result.addresses).toEqual({ slugs: [saved.slug], sectionSlugs: ["world"] });
    const view = await getStory(temp.db, saved.slug);
    expect(view?.leadPhoto).toMatchObject({
      widths: [480, 800, 1000],
      width: 1000,
      height: 500,
      alt: "Smoke over the harbour",
      caption: null,
      credit: "Photo: Jane Roe / AFP",
    });
    const files = await readdir(directory);
    expect(files.sort()).toEqual(
      [480, 800, 1000]
        .flatMap((w) => ["avif", "jpg", "webp"].map((f) => `${view!.leadPhoto!.hash}-${w}.${f}`))
        .sort(),
    );
    const audit = await temp.db.auditEvent.findMany({ where: { action: "story.photo" } });
    expect(audit.map((line) => [line.actorName, line.subjectId])).toEqual([[editor.name, String(saved.id)]]);
    // The photograph is not a text change: the story's revision and Updated time stay.
    const after = await temp.db.article.findUniqueOrThrow({ where: { id: saved.id } });
    expect([after.revision, after.updatedAt]).toEqual([before.revision, before.updatedAt]);
  });

  it("changes the words alone, then removes the photograph", async () => {
    const saved = await saveNewsroomStory(temp.db, editor, story("Words only"), "draft", at(0));
    await expect(
      saveStoryPhoto(temp.db, editor, store, post(saved.id, { alt: "Nothing" })),
    ).rejects.toMatchObject({
      code: "photo-missing",
    });
    await saveStoryPhoto(
      temp.db,
      editor,
      store,
      post(saved.id, { photo: await jpegFile(600, 400), alt: "First" }),
    );
    await saveStoryPhoto(temp.db, editor, store, post(saved.id, { alt: "Second", caption: "A caption" }));
    const row = await temp.db.storyPhoto.findUniqueOrThrow({ where: { articleId: saved.id } });
    expect([row.alt, row.caption, row.widths]).toEqual(["Second", "A caption", "480,600"]);
    await removeStoryPhoto(temp.db, editor, { storyId: saved.id });
    expect(await temp.db.storyPhoto.count({ where: { articleId: saved.id } })).toBe(0);
  });

  it("refuses a story that is gone and a reader who is not staff", async () => {
    const file = await jpegFile(500, 300);
    await expect(
      saveStoryPhoto(temp.db, editor, store, post(999_999, { photo: file, alt: "x" })),
    ).rejects.toMatchObject({
      code: "story-gone",
    });
    await expect(
      saveStoryPhoto(temp.db, null, store, post(1, { photo: file, alt: "x" })),
    ).rejects.toBeInstanceOf(Refusal);
  });

  it("stores hostile words as they were read, or refuses them", { timeout: 180_000 }, async () => {
    const saved = await saveNewsroomStory(temp.db, editor, story("Hostile photo words"), "draft", at(0));
    await saveStoryPhoto(
      temp.db,
      editor,
      store,
      post(saved.id, { photo: await jpegFile(500, 300), alt: "A photo" }),
    );
    let stored = 0;
    for (const field of ["storyId", "alt", "caption", "credit"] as const) {
      for (const hostile of HOSTILE_STRINGS) {
        const parsed = storyPhotoPost.safeParse({
          storyId: String(saved.id),
          photo: "",
          alt: "A photo",
          caption: "",
          credit: "",
          [field]: hostile,
        });
        if (!parsed.success) continue;
        if (parsed.data.storyId !== saved.id) continue;
        await saveStoryPhoto(temp.db, editor, store, parsed.data);
        const back = await temp.db.storyPhoto.findUniqueOrThrow({ where: { articleId: saved.id } });
        expect([back.alt, back.caption, back.credit]).toEqual([
          parsed.data.alt,
          parsed.data.caption,
          parsed.data.credit,
        ]);
        stored++;
      }
    }
    expect(stored).toBeGreaterThan(HOSTILE_STRINGS.length);
  });
});
