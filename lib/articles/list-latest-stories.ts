import "server-only";
import { db } from "../db";
import { storyInclude, toStoryView, visibleToReaders, type StoryView } from "./story-view";

/** The newest stories readers may see, newest first, optionally of one section. */
export async function listLatestStories({
  limit = 20,
  sectionSlug,
}: { limit?: number; sectionSlug?: string } = {}): Promise<StoryView[]> {
  const rows = await db.article.findMany({
    where: { ...visibleToReaders(), ...(sectionSlug ? { section: { slug: sectionSlug } } : {}) },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    include: storyInclude,
  });
  return rows.map(toStoryView);
}
