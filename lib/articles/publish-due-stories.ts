import type { Database } from "../database/create-client";
import { pathsShowingStory } from "../cache/story-derived-routes";
import { recordAudit } from "../audit/record-audit";

/**
 * Publishes the scheduled stories whose time has come, and returns the reader paths that
 * now show them. Several servers may run this at once: each story flips exactly once.
 */
export async function publishDueStories(db: Database, now: Date = new Date()): Promise<string[]> {
  const due = await db.article.findMany({
    where: { status: "scheduled", publishedAt: { lte: now } },
    select: { id: true, slug: true, headline: true, section: { select: { slug: true } } },
  });
  const paths: string[] = [];
  for (const story of due) {
    // The flip and its log line together: the instance whose update wins is the one that logs it.
    const count = await db.$transaction(async (tx) => {
      const flipped = await tx.article.updateMany({
        where: { id: story.id, status: "scheduled" },
        data: { status: "published" },
      });
      if (flipped.count === 1) {
        await recordAudit(
          tx,
          { system: "Scheduled publishing" },
          { action: "story.publish-scheduled", subjectId: story.id, summary: story.headline },
          now,
        );
      }
      return flipped.count;
    });
    if (count === 1)
      paths.push(...pathsShowingStory({ slugs: [story.slug], sectionSlugs: [story.section.slug] }));
  }
  return paths;
}
