import { readFile } from "node:fs/promises";
import path from "node:path";
import { Refusal } from "../errors";
import type { MediaStore } from "../media/media-store";
import { storePhoto } from "../media/store-photo";
import type { Database } from "../database/create-client";
import { pathsShowingStory } from "../cache/story-derived-routes";
import { parseStoryFile } from "./parse-story-file";
import { saveStory, type ImportedPhoto, type SaveOutcome } from "./save-story";
import type { StoryDraft } from "./parse-story-file";

export type FileOutcome =
  ({ file: string; ok: true } & SaveOutcome) | { file: string; ok: false; line: number; message: string };

/**
 * Imports story files one by one: each file is parsed completely before anything of it is
 * written, and written in one transaction, so a bad file leaves no trace and does not stop
 * the others.
 */
export async function importStoryFiles(
  db: Database,
  files: string[],
  onOutcome: (outcome: FileOutcome, index: number) => void = () => {},
  /** Where an `image:` photograph goes; a file naming one is refused without a store. */
  store: MediaStore | null = null,
): Promise<{ outcomes: FileOutcome[]; paths: string[] }> {
  const outcomes: FileOutcome[] = [];
  const paths = new Set<string>();
  for (const [index, file] of files.entries()) {
    let outcome: FileOutcome;
    try {
      const parsed = parseStoryFile(await readFile(file));
      const photo =
        parsed.ok && parsed.story.image ? await importPhoto(file, parsed.story.image, store) : null;
      if (photo && "message" in photo) {
        outcome = { file, ok: false, line: 0, message: photo.message };
      } else if (parsed.ok) {
        const saved = await saveStory(db, parsed.story, new Date(), photo);
        outcome = { file, ok: true, ...saved };
        if (saved.result !== "unchanged")
          pathsShowingStory({ slugs: [saved.slug], sectionSlugs: saved.sectionSlugs }).forEach((p) =>
            paths.add(p),
          );
      } else {
        outcome = { file, ...parsed };
      }
    } catch (error) {
      outcome = {
        file,
        ok: false,
        line: 0,
        message: (error as Error).message.split("\n").at(-1) ?? "could not be imported",
      };
    }
    outcomes.push(outcome);
    onOutcome(outcome, index);
  }
  return { outcomes, paths: [...paths] };
}

/**
 * Reads, checks and stores the photograph a story file names (relative to the file), before the
 * story is saved: a bad photograph fails the file and writes nothing to the database.
 */
async function importPhoto(
  file: string,
  image: NonNullable<StoryDraft["image"]>,
  store: MediaStore | null,
): Promise<ImportedPhoto | { message: string }> {
  if (!store) return { message: "image: photographs are not imported here" };
  let bytes: Buffer;
  try {
    bytes = await readFile(path.resolve(path.dirname(file), image.path));
  } catch {
    return { message: `image: cannot read ${image.path}` };
  }
  try {
    return {
      ...(await storePhoto(store, bytes)),
      alt: image.alt,
      caption: image.caption,
      credit: image.credit,
    };
  } catch (error) {
    if (error instanceof Refusal) return { message: `image: ${error.message}` };
    throw error;
  }
}

/** "file:line: message" the way compilers print it, so editors can jump there. */
export function describeFailure(outcome: Extract<FileOutcome, { ok: false }>): string {
  return `${outcome.file}${outcome.line ? `:${outcome.line}` : ""}: ${outcome.message}`;
}
