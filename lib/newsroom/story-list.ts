import type { Database } from "../database/create-client";
import type { StoryStatus } from "../statuses";
import { authorize, type Staff } from "../auth/roles";
import { slugify } from "../articles/slugify";
import { storyPath } from "../articles/story-paths";
import { dateToZonedLocal } from "../dates/zoned-time";
import { env } from "../env";
import type { StoryFormValues } from "./story-form";

export const STORIES_PAGE_SIZE = 50;

/** The newsroom's stories, most recently changed first, by status and words in the headline. */
export async function listNewsroomStories(
  db: Database,
  staff: Staff | null,
  { query, status, page }: { query: string; status: StoryStatus | null; page: number },
) {
  authorize(staff, "stories");
  // SQLite's LIKE ignores ASCII case already; PostgreSQL needs to be told.
  const headline = query
    ? {
        headline: {
          contains: query,
          ...(env.database.provider === "postgresql" ? { mode: "insensitive" } : {}),
        },
      }
    : {};
  const where = { ...(status ? { status } : {}), ...headline } as { status?: StoryStatus };
  const [rows, total] = await Promise.all([
    db.article.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * STORIES_PAGE_SIZE,
      take: STORIES_PAGE_SIZE,
      select: {
        id: true,
        slug: true,
        headline: true,
        status: true,
        publishedAt: true,
        updatedAt: true,
        section: { select: { slug: true, name: true } },
        commentTally: { select: { pending: true } },
      },
    }),
    db.article.count({ where }),
  ]);
  return {
    stories: rows.map(({ commentTally, section, ...row }) => ({
      ...row,
      section: section.name,
      href: storyPath(section.slug, row.slug),
      pendingComments: commentTally?.pending ?? 0,
    })),
    pageCount: Math.max(1, Math.ceil(total / STORIES_PAGE_SIZE)),
  };
}

/** A story as the editor's fields show it, or null. */
export async function getStoryForEditing(
  db: Database,
  staff: Staff | null,
  id: number,
): Promise<{ values: StoryFormValues; status: StoryStatus; href: string } | null> {
  authorize(staff, "stories");
  const story = await db.article.findUnique({
    where: { id },
    include: { section: true, tags: { orderBy: { position: "asc" }, include: { tag: true } } },
  });
  if (!story) return null;
  // Until a story has been out, its slug follows the headline unless someone chose one.
  const showSlug = story.publishedAt !== null || story.slug !== slugify(story.headline);
  return {
    status: story.status,
    href: storyPath(story.section.slug, story.slug),
    values: {
      id: String(story.id),
      revision: String(story.revision),
      headline: story.headline,
      standfirst: story.standfirst ?? "",
      place: story.place,
      agency: story.agency,
      byline: story.byline ?? "",
      section: story.section.slug,
      tags: story.tags.map(({ tag }) => tag.name).join(", "),
      body: story.body,
      slug: showSlug ? story.slug : "",
      publishAt: story.publishedAt ? dateToZonedLocal(story.publishedAt, env.SITE_TIMEZONE) : "",
      commentsOpen: story.commentsOpen ? "on" : "",
    },
  };
}
