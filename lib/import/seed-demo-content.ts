import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { commentFingerprint } from "../comments/fingerprint";
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
  await seedDemoComments(db);
  return counts;
}

type DemoComment = {
  key: string;
  parent?: string;
  story: string;
  authorName: string;
  authorEmail: string;
  authorUrl: string | null;
  body: string;
  createdAt: string;
};

/** Approved sample comments (prisma/seed/comments.json), found again by fingerprint on later runs. */
async function seedDemoComments(db: Database): Promise<void> {
  const comments = JSON.parse(
    readFileSync(path.join(DEMO_CONTENT_DIR, "comments.json"), "utf8"),
  ) as DemoComment[];
  const ids = new Map<string, { id: number; depth: number }>();
  for (const comment of comments) {
    const story = await db.article.findUniqueOrThrow({
      where: { slug: comment.story },
      select: { id: true },
    });
    const parent = comment.parent ? ids.get(comment.parent) : undefined;
    const fingerprint = commentFingerprint(story.id, parent?.id ?? null, comment.authorEmail, comment.body);
    const row = await db.comment.upsert({
      where: { fingerprint },
      update: {},
      create: {
        articleId: story.id,
        parentId: parent?.id ?? null,
        depth: parent ? parent.depth + 1 : 1,
        authorName: comment.authorName,
        authorEmail: comment.authorEmail,
        authorUrl: comment.authorUrl,
        body: comment.body,
        status: "approved",
        moderationReason: "demo-content",
        ip: "127.0.0.1",
        fingerprint,
        createdAt: new Date(comment.createdAt),
      },
    });
    ids.set(comment.key, { id: row.id, depth: row.depth });
  }
}

/** Seeds only a database without stories: the first start of a fresh install. */
export async function seedIfEmpty(db: Database): Promise<boolean> {
  if ((await db.article.count()) > 0) return false;
  await seedDemoContent(db);
  return true;
}
