import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diskMediaStore } from "../media/media-store";
import {
  createTemporaryDatabase,
  postgresAnswers,
  type TemporaryDatabase,
} from "../testing/temporary-database";
import { importStoryFiles } from "./import-story-files";
import { parseStoryFile } from "./parse-story-file";

const providers = ["sqlite", ...((await postgresAnswers()) ? ["postgresql" as const] : [])] as const;

const storyFile = (front: string) =>
  `---\n${front}\n---\nCranes stand still in the harbour\nKiel / DPA\nA strike.\n`;

describe("image: in a story file's front matter", () => {
  it("needs alt text, named on the image: line when it is missing", () => {
    const parsed = parseStoryFile(
      storyFile("slug: cranes\nimage: photos/cranes.jpg\nimage_credit: 'Photo: DPA'"),
    );
    expect(parsed).toEqual({
      ok: false,
      line: 3,
      message: "image_alt: Describe the photograph for people who cannot see it.",
    });
    expect(parseStoryFile(storyFile("image_alt: Cranes")).ok).toBe(false);
    const ok = parseStoryFile(
      storyFile("image: cranes.jpg\nimage_alt: Idle cranes\nimage_caption: ' In Kiel. '"),
    );
    expect(ok.ok && ok.story.image).toEqual({
      path: "cranes.jpg",
      alt: "Idle cranes",
      caption: "In Kiel.",
      credit: null,
    });
  });
});

describe.each(providers)("importing a story with its photograph on %s", (provider) => {
  let temp: TemporaryDatabase;
  let directory: string;
  beforeAll(async () => {
    temp = await createTemporaryDatabase(provider);
    directory = await mkdtemp(path.join(os.tmpdir(), "import-photo-"));
  });
  afterAll(async () => {
    await temp?.drop();
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  it("stores the photograph beside the story, once; a file that is no photograph fails the story", async () => {
    const media = path.join(directory, "media");
    const store = diskMediaStore(media);
    await writeFile(
      path.join(directory, "cranes.jpg"),
      await sharp({ create: { width: 900, height: 600, channels: 3, background: "#446688" } })
        .jpeg()
        .toBuffer(),
    );
    const file = path.join(directory, "cranes.txt");
    await writeFile(
      file,
      storyFile("slug: cranes\nimage: cranes.jpg\nimage_alt: Idle cranes\nimage_credit: 'Photo: DPA'"),
    );
    const first = await importStoryFiles(temp.db, [file], undefined, store);
    expect(first.outcomes[0]).toMatchObject({ ok: true, result: "created" });
    const photo = await temp.db.storyPhoto.findFirstOrThrow({ where: { article: { slug: "cranes" } } });
    expect([photo.alt, photo.credit, photo.widths, photo.width, photo.height]).toEqual([
      "Idle cranes",
      "Photo: DPA",
      "480,800,900",
      900,
      600,
    ]);
    expect(await readdir(media)).toHaveLength(9);
    expect((await importStoryFiles(temp.db, [file], undefined, store)).outcomes[0]).toMatchObject({
      result: "unchanged",
    });

    await writeFile(path.join(directory, "fake.jpg"), "not a photograph");
    const fake = path.join(directory, "fake.txt");
    await writeFile(fake, storyFile("slug: fake-photo\nimage: fake.jpg\nimage_alt: Nothing"));
    expect((await importStoryFiles(temp.db, [fake], undefined, store)).outcomes[0]).toMatchObject({
      ok: false,
      message: "image: This file is not a JPEG, PNG, WebP or AVIF photograph.",
    });
    expect(await temp.db.article.count({ where: { slug: "fake-photo" } })).toBe(0);
  });
});
