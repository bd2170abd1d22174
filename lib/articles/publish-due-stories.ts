import type { Database } from "../database/create-client";
import { pathsShowingStory } from "../cache/story-derived-routes";

/**
 * Publishes the scheduled stories whose time has come, and returns the reader paths that
 * now show them. Several servers may run this at once: each story flips exactly once.
 */
export async function publishDueStories(db: Database, now: Date = new Date()): Promise<string[]> {
  const due = await db.article.findMany({
    where: { status: "scheduled", publishedAt: { lte: now } },
    select: { id: true, slug: true, section: { select: { slug: true } } },
  });
  const paths: string[] = [];
  for (const story of due) {
    const { count } = await db.article.updateMany({
      where: { id: story.id, status: "scheduled" },
      data: { status: "published" },
    });
    if (count === 1)
      paths.push(...pathsShowingStory({ slugs: [story.slug], sectionSlugs: [story.section.slug] }));
  }
  return paths;
}
