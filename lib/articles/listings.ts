import "server-only";
import type { Prisma } from "../generated/sqlite/client";
import type { Database } from "../database/create-client";
import { isSlug } from "./slugify";
import { storyInclude, toStoryView, visibleToReaders, type StoryView } from "./story-view";

export const STORIES_PER_PAGE = 20;

/** The kinds of story lists readers browse, each at its own address. */
export type ListingKind = "section" | "tag" | "agency" | "byline";

/** Which stories a list holds: a filter on stories, or a tag, read from the tag's own index. */
export type ListFilter = { where: Prisma.ArticleWhereInput } | { tagId: number };

export type Listing = {
  kind: ListingKind;
  slug: string;
  /** What the list is of: "World", "Syria", "AFP", "Jane Doe". */
  name: string;
  /** The list's address, its newest stories. */
  path: string;
  filter: ListFilter;
};

export type ListingPage = {
  stories: StoryView[];
  /** The last story's id, for the next page's ?before=; null when no older story is in the list. */
  olderThan: number | null;
};

/** The address of a list of stories (sections sit at the top level: /world). */
export function listingPath(kind: ListingKind, slug: string): string {
  return kind === "section" ? `/${slug}` : `/${kind}/${slug}`;
}

/** A list that exists (a section, or a tag, agency or byline with a story readers can see), or null. */
export async function findListing(db: Database, kind: ListingKind, slug: string): Promise<Listing | null> {
  if (!isSlug(slug)) return null;
  const path = listingPath(kind, slug);
  if (kind === "section") {
    const section = await db.section.findUnique({ where: { slug }, select: { id: true, name: true } });
    return section && { kind, slug, name: section.name, path, filter: { where: { sectionId: section.id } } };
  }
  if (kind === "tag") {
    const tag = await db.tag.findUnique({ where: { slug }, select: { id: true, name: true } });
    return tag && { kind, slug, name: tag.name, path, filter: { tagId: tag.id } };
  }
  const where = kind === "agency" ? { agencySlug: slug } : { bylineSlug: slug };
  // Agencies and bylines are story fields, so their name is taken from the latest story.
  const latest = await db.article.findFirst({
    where: { ...where, ...visibleToReaders() },
    orderBy: { publishedAt: "desc" },
    select: { agency: true, byline: true },
  });
  if (!latest) return null;
  return {
    kind,
    slug,
    name: (kind === "agency" ? latest.agency : latest.byline) ?? slug,
    path,
    filter: { where },
  };
}

/**
 * One page of a list (or of every story), newest first: the first page, or the stories after
 * story `before` in the list's order. Keyset paging: a page seeks its place in the list's index,
 * so the thousandth page costs what the first does, and a page keeps its stories when news is
 * published. Null when `before` is not a story of the list that readers can see.
 */
export async function listStories(
  db: Database,
  filter: ListFilter,
  {
    before,
    perPage = STORIES_PER_PAGE,
    now = new Date(),
  }: { before?: number; perPage?: number; now?: Date } = {},
): Promise<ListingPage | null> {
  const cursor =
    before === undefined
      ? null
      : await db.article.findFirst({
          // In this list: a cursor from another list would make every story a page of every list.
          where: {
            id: before,
            ...visibleToReaders(now),
            ...("tagId" in filter ? { tags: { some: { tagId: filter.tagId } } } : filter.where),
          },
          select: { id: true, publishedAt: true },
        });
  if (before !== undefined && !cursor) return null;
  // Strictly after the cursor in (publishedAt desc, id desc), as a range the index can seek.
  const seek = (idField: "id" | "articleId") =>
    cursor
      ? [
          { publishedAt: { lte: cursor.publishedAt! } },
          { NOT: { publishedAt: cursor.publishedAt, [idField]: { gte: cursor.id } } },
        ]
      : [];
  const rows =
    "tagId" in filter
      ? (
          await db.articleTag.findMany({
            where: {
              tagId: filter.tagId,
              AND: [{ publishedAt: { lte: now } }, ...seek("articleId")],
              article: { status: "published" },
            },
            orderBy: [{ publishedAt: "desc" }, { articleId: "desc" }],
            take: perPage + 1,
            select: { article: { include: storyInclude } },
          })
        ).map((row) => row.article)
      : await db.article.findMany({
          where: { ...filter.where, ...visibleToReaders(now), AND: seek("id") },
          orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
          take: perPage + 1,
          include: storyInclude,
        });
  const stories = rows.slice(0, perPage).map(toStoryView);
  return { stories, olderThan: rows.length > perPage ? stories.at(-1)!.id : null };
}

/** Up to `limit` other stories sharing the story's section or a tag, newest first. */
export async function listRelatedStories(
  db: Database,
  story: { id: number; section: { slug: string }; tags: Array<{ slug: string }> },
  limit = 4,
): Promise<StoryView[]> {
  const rows = await db.article.findMany({
    where: {
      ...visibleToReaders(),
      id: { not: story.id },
      OR: [
        { section: { slug: story.section.slug } },
        ...(story.tags.length
          ? [{ tags: { some: { tag: { slug: { in: story.tags.map((tag) => tag.slug) } } } } }]
          : []),
      ],
    },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    include: storyInclude,
  });
  return rows.map(toStoryView);
}
