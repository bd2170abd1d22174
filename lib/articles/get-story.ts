import "server-only";
import { cache } from "react";
import type { Database } from "../database/create-client";
import { isSlug } from "./slugify";
import { storyPath } from "./story-paths";
import { storyInclude, toStoryView, visibleToReaders, type StoryView } from "./story-view";
import { storyNotesInclude, type StoryNoteView } from "../corrections/story-notes";
import { bodyPhotoSelect, bodyPhotoView, type BodyPhotoView } from "../media/body-photos";

/** A story as its own page shows it: with its corrections and updates, oldest first, and its body's photographs. */
export type StoryPageView = StoryView & { notes: StoryNoteView[]; bodyPhotos: BodyPhotoView[] };

/**
 * A story readers may see, by its slug, or null. Malformed slugs are null without a query.
 * Memoised per render, so metadata and page share one query.
 */
export const getStory = cache(async (db: Database, slug: string): Promise<StoryPageView | null> => {
  if (!isSlug(slug)) return null;
  const row = await db.article.findFirst({
    where: { slug, ...visibleToReaders() },
    include: {
      ...storyInclude,
      notes: storyNotesInclude,
      bodyPhotos: { select: bodyPhotoSelect, orderBy: { number: "asc" } },
    },
  });
  return row
    ? { ...toStoryView(row), notes: row.notes, bodyPhotos: row.bodyPhotos.map(bodyPhotoView) }
    : null;
});

/**
 * The story readers may see at exactly /section/slug, or null: a story of another section is not
 * at this address. For what is derived from the address alone (the social image), where the
 * story page itself would redirect.
 */
export async function getStoryAt(
  db: Database,
  sectionSlug: string,
  slug: string,
): Promise<StoryPageView | null> {
  const story = await getStory(db, slug);
  return story?.section.slug === sectionSlug ? story : null;
}

/** Where a story now lives that readers knew under an older slug, or null. */
export async function findMovedStory(db: Database, oldSlug: string): Promise<string | null> {
  if (!isSlug(oldSlug)) return null;
  const moved = await db.articleRedirect.findFirst({
    where: { slug: oldSlug, article: visibleToReaders() },
    select: { article: { select: { slug: true, section: { select: { slug: true } } } } },
  });
  if (!moved) return null;
  const story = moved.article;
  return storyPath(story.section.slug, story.slug);
}
