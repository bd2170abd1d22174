import { readdirSync } from "node:fs";
import path from "node:path";
import type { Database } from "../database/create-client";
import { describeFailure, importStoryFiles } from "./import-story-files";

/** The demo stories shipped with the project (the Hamburg / AFP story and fictional samples). */
export const DEMO_CONTENT_DIR = path.join(process.cwd(), "prisma", "seed");

/** Sections in the order the navigation shows them; created before the stories that use them. */
const demoSections = [
  { slug: "world", name: "World" },
  { slug: "business", name: "Business" },
  { slug: "science", name: "Science" },
];

/**
 * Imports the demo stories. Deterministic (fixed dates and slugs) and idempotent: a second
 * run finds every story unchanged. Throws when a demo file is broken, which is our bug.
 */
export async function seedDemoContent(
  db: Database,
): Promise<{ created: number; updated: number; unchanged: number }> {
  for (const [position, section] of demoSections.entries()) {
    await db.section.upsert({ where: { slug: section.slug }, create: { ...section, position }, update: {} });
  }
  const files = readdirSync(DEMO_CONTENT_DIR)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => path.join(DEMO_CONTENT_DIR, name));
  const { outcomes } = await importStoryFiles(db, files);
  const counts = { created: 0, updated: 0, unchanged: 0 };
  for (const outcome of outcomes) {
    if (!outcome.ok) throw new Error(`demo content is broken: ${describeFailure(outcome)}`);
    counts[outcome.result]++;
  }
  return counts;
}

/** Seeds only a database without stories: the first start of a fresh install. */
export async function seedIfEmpty(db: Database): Promise<boolean> {
  if ((await db.article.count()) > 0) return false;
  await seedDemoContent(db);
  return true;
}
