import "server-only";
import { revalidatePath } from "next/cache";
import { pathsShowingComments, storyPath } from "../articles/story-paths";
import { THREADS_PER_PAGE } from "../comments/comment-view";
import { countThreads } from "../comments/list-comments";
import type { Database } from "../database/create-client";
import { revalidateAgainLater } from "./revalidate-again";

/**
 * Marks cached reader pages stale, so the next reader gets them fresh, and does so once more a
 * few seconds later (see revalidate-again.ts). A route with [params] (see LIST_ROUTES) stands
 * for every page of that route.
 */
export function revalidatePaths(paths: Iterable<string>, { again = true } = {}): void {
  const unique = [...new Set(paths)];
  for (const path of unique) {
    if (path.includes("[")) revalidatePath(path, "page");
    else revalidatePath(path);
  }
  if (again) revalidateAgainLater({ paths: unique });
}

/** Marks every cached page stale (a change every page shows), and once more a few seconds later. */
export function revalidateEverything({ again = true } = {}): void {
  revalidatePath("/", "layout");
  if (again) revalidateAgainLater({ everything: true });
}

/** Every cached page that shows these stories' comments: the story and its later comment pages. */
export async function revalidateStoryComments(db: Database, storyIds: number[]): Promise<void> {
  const stories = await db.article.findMany({
    where: { id: { in: storyIds } },
    select: { id: true, slug: true, section: { select: { slug: true } } },
  });
  for (const story of stories) {
    const href = storyPath(story.section.slug, story.slug);
    revalidatePaths(pathsShowingComments(href, await countThreads(db, story.id), THREADS_PER_PAGE));
  }
}
