import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jpegFile } from "../testing/photo-file";
import { StoryBody } from "../../components/article/StoryBody";
import { getStory } from "../articles/get-story";
import { excerptOf } from "../articles/plain-text";
import type { Staff } from "../auth/roles";
import { saveNewsroomStory } from "../newsroom/save-newsroom-story";
import { editorInput, createStaffAccounts } from "../testing/newsroom-fixtures";
import { HOSTILE_STRINGS } from "../testing/hostile-strings";
import { refusalCode } from "../testing/expect-refusal";
import {
  createTemporaryDatabase,
  postgresAnswers,
  type TemporaryDatabase,
} from "../testing/temporary-database";
import { bodyPhotoPost, removeBodyPhotoPost } from "./body-photo-form";
import { listBodyPhotosForEditing, removeBodyPhoto, saveBodyPhoto } from "./body-photos";
import { diskMediaStore, type MediaStore } from "./media-store";
import { photoMarkerNumber, placedPhotoNumbers } from "./photo-marker";

const providers = ["sqlite", ...((await postgresAnswers()) ? ["postgresql" as const] : [])] as const;
const editor: Staff = { id: "body-e", name: "Bo Body", email: "bo@example.com", role: "editor" };
const moderator: Staff = { id: "body-m", name: "Mo Mod", email: "mo@example.com", role: "moderator" };

const post = (storyId: number, fields: Record<string, unknown>) =>
  bodyPhotoPost.parse({
    storyId: String(storyId),
    number: "",
    photo: "",
    alt: "",
    caption: "",
    credit: "",
    ...fields,
  });

describe("the photograph marker", () => {
  it("is a paragraph of its own reading [Photo N], nothing else", () => {
    expect(photoMarkerNumber("[Photo 2]")).toBe(2);
    expect(photoMarkerNumber("  [Photo 12] ")).toBe(12);
    for (const text of [
      "[Photo 0]",
      "[photo 2]",
      "See [Photo 2]",
      "[Photo 2] here",
      "[Photo 12345]",
      "[Photo -1]",
    ]) {
      expect(photoMarkerNumber(text)).toBeNull();
    }
    expect(
      placedPhotoNumbers("One.\n\n[Photo 2]\n\nTwo [Photo 3] inline.\n\n- [Photo 4]\n\n[Photo 1]"),
    ).toEqual([2, 1]);
  });

  it("is left out of excerpts, and the form's number is empty for a new photograph", () => {
    expect(excerptOf(null, "[Photo 1]\n\nThe first words.")).toBe("The first words.");
    expect(post(3, { alt: "A", number: "" }).number).toBeNull();
    expect(post(3, { alt: "A", number: "2" }).number).toBe(2);
    expect(
      bodyPhotoPost.safeParse({ storyId: "3", number: "x", photo: "", alt: "A", caption: "", credit: "" })
        .success,
    ).toBe(false);
  });

  it("reads a hostile number as a photograph's number or refuses it", () => {
    for (const hostile of HOSTILE_STRINGS) {
      const parsed = bodyPhotoPost.safeParse({
        storyId: "3",
        number: hostile,
        photo: "",
        alt: "A",
        caption: "",
        credit: "",
      });
      if (parsed.success && parsed.data.number !== null)
        expect(Number.isInteger(parsed.data.number)).toBe(true);
      const removal = removeBodyPhotoPost.safeParse({ storyId: "3", number: hostile });
      if (removal.success) expect(removal.data.number).toBeGreaterThan(0);
    }
  });

  it("renders a placed photograph lazily as a figure, and nothing for a number the story lacks", () => {
    const photo = {
      number: 1,
      hash: "a".repeat(32),
      widths: [480, 800],
      width: 800,
      height: 400,
      alt: "Ships in the fog",
      caption: "Morning in the port.",
      credit: "Photo: Jane Roe / AFP",
    };
    const html = renderToStaticMarkup(
      createElement(StoryBody, { markdown: "Before.\n\n[Photo 1]\n\n[Photo 2]\n\nAfter.", photos: [photo] }),
    );
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('alt="Ships in the fog"');
    expect(html).toContain('width="800" height="400"');
    expect(html).toContain("Photo: Jane Roe / AFP");
    expect(html).not.toContain("[Photo");
    expect(html.indexOf("Before.")).toBeLessThan(html.indexOf("<figure"));
    expect(html.indexOf("<figure")).toBeLessThan(html.indexOf("After."));
    // The editor's preview has no photographs: the marker stays as written.
    expect(renderToStaticMarkup(createElement(StoryBody, { markdown: "[Photo 1]" }))).toContain("[Photo 1]");
  });
});

describe.each(providers)("photographs in a story's body on %s", (provider) => {
  let temp: TemporaryDatabase;
  let directory: string;
  let store: MediaStore;
  beforeAll(async () => {
    temp = await createTemporaryDatabase(provider);
    directory = await mkdtemp(path.join(os.tmpdir(), "body-photos-"));
    store = diskMediaStore(directory);
    await temp.db.section.create({ data: { slug: "world", name: "World" } });
    await createStaffAccounts(temp.db, editor, moderator);
  });
  afterAll(async () => {
    await temp?.drop();
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  it("numbers new photographs, shows placed ones on the story, changes words, removes one", async () => {
    const saved = await saveNewsroomStory(
      temp.db,
      editor,
      editorInput({ headline: "Fog in the port", body: "Before.\n\n[Photo 1]\n\nAfter.\n\n[Photo 2]" }),
      "publish",
    );
    const first = await saveBodyPhoto(
      temp.db,
      editor,
      store,
      post(saved.id, { photo: await jpegFile(900, 600), alt: "Ships" }),
    );
    const second = await saveBodyPhoto(
      temp.db,
      editor,
      store,
      post(saved.id, { photo: await jpegFile(500, 500), alt: "Cranes" }),
    );
    expect([first.number, second.number]).toEqual([1, 2]);
    expect(first.message).toContain("[Photo 1]");
    expect(first.addresses).toEqual({ slugs: [saved.slug], sectionSlugs: ["world"] });

    const view = await getStory(temp.db, saved.slug);
    expect(view?.bodyPhotos.map((photo) => [photo.number, photo.alt, photo.widths])).toEqual([
      [1, "Ships", [480, 800, 900]],
      [2, "Cranes", [480, 500]],
    ]);

    // The words alone; a number the story does not have is refused.
    await saveBodyPhoto(
      temp.db,
      editor,
      store,
      post(saved.id, { number: "1", alt: "Ships at anchor", caption: "Dawn." }),
    );
    expect(
      await refusalCode(
        saveBodyPhoto(temp.db, editor, store, post(saved.id, { number: "9", alt: "Nothing" })),
      ),
    ).toBe("photo-missing");
    // A new photograph needs a file.
    expect(await refusalCode(saveBodyPhoto(temp.db, editor, store, post(saved.id, { alt: "No file" })))).toBe(
      "photo-missing",
    );

    await removeBodyPhoto(temp.db, editor, { storyId: saved.id, number: 1 });
    const left = await listBodyPhotosForEditing(temp.db, editor, saved.id);
    expect(left.map((photo) => [photo.number, photo.alt])).toEqual([[2, "Cranes"]]);
    // Numbers are not reused while a higher one exists: the body's "[Photo 2]" keeps meaning Cranes.
    const third = await saveBodyPhoto(
      temp.db,
      editor,
      store,
      post(saved.id, { photo: await jpegFile(600, 400), alt: "Gulls" }),
    );
    expect(third.number).toBe(3);

    const audit = await temp.db.auditEvent.findMany({
      where: { action: "story.photo" },
      orderBy: { id: "asc" },
    });
    expect(audit.map((line) => line.summary)).toEqual([
      "Fog in the port: body photograph added, [Photo 1] (Ships)",
      "Fog in the port: body photograph added, [Photo 2] (Cranes)",
      "Fog in the port: body photograph's words changed, [Photo 1] (Ships at anchor)",
      "Fog in the port: body photograph removed, [Photo 1]",
      "Fog in the port: body photograph added, [Photo 3] (Gulls)",
    ]);
  });

  it("gives two photographs added at once two numbers", async () => {
    const saved = await saveNewsroomStory(temp.db, editor, editorInput({ headline: "Two at once" }), "draft");
    const files = await Promise.all([jpegFile(500, 300), jpegFile(501, 300)]);
    const results = await Promise.all(
      files.map((photo, i) =>
        saveBodyPhoto(temp.db, editor, store, post(saved.id, { photo, alt: `Photo ${i}` })),
      ),
    );
    expect(results.map((result) => result.number).sort()).toEqual([1, 2]);
  });

  it("is for the newsroom's editors only, and a story that is gone is refused", async () => {
    const saved = await saveNewsroomStory(temp.db, editor, editorInput({ headline: "Guarded" }), "draft");
    const photo = await jpegFile(500, 300);
    expect(
      await refusalCode(saveBodyPhoto(temp.db, moderator, store, post(saved.id, { photo, alt: "A" }))),
    ).toBe("forbidden");
    expect(await refusalCode(saveBodyPhoto(temp.db, null, store, post(saved.id, { photo, alt: "A" })))).toBe(
      "signed-out",
    );
    expect(await refusalCode(removeBodyPhoto(temp.db, moderator, { storyId: saved.id, number: 1 }))).toBe(
      "forbidden",
    );
    expect(await refusalCode(saveBodyPhoto(temp.db, editor, store, post(999_999, { photo, alt: "A" })))).toBe(
      "story-gone",
    );
    expect(await temp.db.bodyPhoto.count({ where: { articleId: saved.id } })).toBe(0);
  });
});
