import "server-only";
import { cache } from "react";
import { db } from "../db";
import { isSlug } from "./slugify";
import { storyInclude, toStoryView, visibleToReaders, type StoryView } from "./story-view";

/**
 * A story readers may see, by its slug, or null. Malformed slugs are null without a query.
 * Memoised per render, so metadata and page share one query.
 */
export const getStory = cache(async (slug: string): Promise<StoryView | null> => {
  if (!isSlug(slug)) return null;
  const row = await db.article.findFirst({ where: { slug, ...visibleToReaders() }, include: storyInclude });
  return row ? toStoryView(row) : null;
});
