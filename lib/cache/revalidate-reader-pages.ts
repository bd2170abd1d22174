import "server-only";
import { revalidatePath } from "next/cache";
import type { Database } from "../database/create-client";
import { revalidateAgainLater } from "./revalidate-again";
import { pathsShowingComments } from "./story-derived-routes";

/**
 * Marks cached reader pages stale, so the next reader gets them fresh, and does so once more a
 * few seconds later (see revalidate-again.ts). A route with its group and [params] (see
 * story-derived-routes.ts) stands for every page of that route: as a "layout", the tag every
 * page and route handler at that route carries ("page" would miss route handlers).
 */
export function revalidatePaths(paths: Iterable<string>, { again = true } = {}): void {
  const unique = [...new Set(paths)];
  for (const path of unique) {
    if (path.includes("[")) revalidatePath(path, "layout");
    else revalidatePath(path);
  }
  if (again) revalidateAgainLater({ paths: unique });
}

/** Marks every cached page stale (a change every page shows), and once more a few seconds later. */
export function revalidateEverything({ again = true } = {}): void {
  revalidatePath("/", "layout");
  if (again) revalidateAgainLater({ everything: true });
}

/** Every cached page that shows these stories' comments: each story and the later comment pages. */
export async function revalidateStoryComments(db: Database, storyIds: number[]): Promise<void> {
  if (storyIds.length === 0) return;
  const stories = await db.article.findMany({
    where: { id: { in: storyIds } },
    select: { slug: true, section: { select: { slug: true } } },
  });
  revalidatePaths(stories.flatMap((story) => pathsShowingComments(story.section.slug, story.slug)));
}
