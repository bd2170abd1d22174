import "server-only";
import type { Prisma } from "../generated/sqlite/client";
import type { Database } from "../database/create-client";
import { isSlug } from "./slugify";
import { storyInclude, toStoryView, visibleToReaders, type StoryView } from "./story-view";

export const STORIES_PER_PAGE = 20;

/** The kinds of story lists readers browse, each at its own address. */
export type ListingKind = "section" | "tag" | "agency" | "byline";

export type Listing = {
  kind: ListingKind;
  slug: string;
  /** What the list is of: "World", "Syria", "AFP", "Jane Doe". */
  name: string;
  /** The list's address, page 1. */
  path: string;
  where: Prisma.ArticleWhereInput;
};

export type ListingPage = { stories: StoryView[]; page: number; pageCount: number };

/** The address of a list of stories (sections sit at the top level: /world). */
export function listingPath(kind: ListingKind, slug: string): string {
  return kind === "section" ? `/${slug}` : `/${kind}/${slug}`;
}

/** A list that exists (a section, or a tag, agency or byline with a story readers can see), or null. */
export async function findListing(db: Database, kind: ListingKind, slug: string): Promise<Listing | null> {
  if (!isSlug(slug)) return null;
  const path = listingPath(kind, slug);
  if (kind === "section") {
    const section = await db.section.findUnique({ where: { slug }, select: { name: true } });
    return section && { kind, slug, name: section.name, path, where: { section: { slug } } };
  }
  if (kind === "tag") {
    const tag = await db.tag.findUnique({ where: { slug }, select: { name: true } });
    return tag && { kind, slug, name: tag.name, path, where: { tags: { some: { tag: { slug } } } } };
  }
  const where = kind === "agency" ? { agencySlug: slug } : { bylineSlug: slug };
  // Agencies and bylines are story fields, so their name is taken from the latest story.
  const latest = await db.article.findFirst({
    where: { ...where, ...visibleToReaders() },
    orderBy: { publishedAt: "desc" },
    select: { agency: true, byline: true },
  });
  if (!latest) return null;
  return { kind, slug, name: (kind === "agency" ? latest.agency : latest.byline) ?? slug, path, where };
}

/** One page of a list (or of every story), newest first; page numbers past the end have no stories. */
export async function listStories(
  db: Database,
  where: Prisma.ArticleWhereInput,
  page: number,
  perPage = STORIES_PER_PAGE,
): Promise<ListingPage> {
  const filter = { ...where, ...visibleToReaders() };
  const [rows, total] = await Promise.all([
    db.article.findMany({
      where: filter,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * perPage,
      take: perPage,
      include: storyInclude,
    }),
    db.article.count({ where: filter }),
  ]);
  return {
    stories: rows.map(toStoryView),
    page,
    pageCount: Math.max(1, Math.ceil(total / perPage)),
  };
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
