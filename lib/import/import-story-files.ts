import { readFile } from "node:fs/promises";
import type { Database } from "../database/create-client";
import { pathsShowingStory } from "../cache/story-derived-routes";
import { parseStoryFile } from "./parse-story-file";
import { saveStory, type SaveOutcome } from "./save-story";

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
): Promise<{ outcomes: FileOutcome[]; paths: string[] }> {
  const outcomes: FileOutcome[] = [];
  const paths = new Set<string>();
  for (const [index, file] of files.entries()) {
    let outcome: FileOutcome;
    try {
      const parsed = parseStoryFile(await readFile(file));
      if (parsed.ok) {
        const saved = await saveStory(db, parsed.story);
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

/** "file:line: message" the way compilers print it, so editors can jump there. */
export function describeFailure(outcome: Extract<FileOutcome, { ok: false }>): string {
  return `${outcome.file}${outcome.line ? `:${outcome.line}` : ""}: ${outcome.message}`;
}
