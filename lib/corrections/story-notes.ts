import type { Database } from "../database/create-client";
import type { StoryNoteKind } from "../statuses";
import { storyPath } from "../articles/story-paths";
import { visibleToReaders } from "../articles/story-view";

/** A correction or update as readers see it at the story's foot. */
export type StoryNoteView = { kind: StoryNoteKind; text: string; createdAt: Date };

/** The Prisma `include` of a story's notes, oldest first (they read as the story's record). */
export const storyNotesInclude = {
  orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }],
  select: { kind: true, text: true, createdAt: true },
} as const satisfies { orderBy: object[]; select: object };

/** "Correction" or "Update": the note's label at the foot of the story. */
export const noteLabels: Record<StoryNoteKind, string> = { correction: "Correction", update: "Update" };

export const CORRECTIONS_PAGE_SIZE = 20;

/** A correction as the /corrections page and its feed list it, with the story it corrects. */
export type CorrectionListing = {
  id: number;
  text: string;
  createdAt: Date;
  story: { headline: string; href: string };
};

/**
 * Page `page` of every correction to a story readers can see, newest first, with the number of
 * pages; a page past the end has no corrections (page 1 of none is an empty list).
 */
export async function listCorrections(
  db: Database,
  page: number,
  pageSize: number = CORRECTIONS_PAGE_SIZE,
): Promise<{ corrections: CorrectionListing[]; pageCount: number }> {
  const where = { kind: "correction" as const, article: visibleToReaders() };
  const [rows, total] = await Promise.all([
    db.storyNote.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        text: true,
        createdAt: true,
        article: { select: { headline: true, slug: true, section: { select: { slug: true } } } },
      },
    }),
    db.storyNote.count({ where }),
  ]);
  return {
    corrections: rows.map(({ article, ...note }) => ({
      ...note,
      story: { headline: article.headline, href: storyPath(article.section.slug, article.slug) },
    })),
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  };
}
