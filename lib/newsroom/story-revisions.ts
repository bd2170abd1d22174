import { z } from "zod";
import type { Transaction } from "../database/create-client";
import { storyStatuses } from "../statuses";

/**
 * What a revision keeps of a story: everything an editor can change, so any two can be
 * compared and one restored. Stored as JSON (ArticleRevision.content); read back through the
 * schema, so a row written by an older version of this code still reads.
 */
export const revisionContent = z.object({
  headline: z.string(),
  standfirst: z.string().nullable(),
  body: z.string(),
  place: z.string(),
  agency: z.string(),
  byline: z.string().nullable(),
  section: z.object({ slug: z.string(), name: z.string() }),
  tags: z.array(z.string()),
  slug: z.string(),
  status: z.enum(storyStatuses),
  publishedAt: z.string().nullable(),
  commentsOpen: z.boolean(),
});
export type RevisionContent = z.infer<typeof revisionContent>;

/** What a save did, as the history names it. */
export const revisionActions = {
  earlier: "As it stood before history was kept",
  draft: "Saved as draft",
  publish: "Published",
  schedule: "Scheduled",
  unpublish: "Unpublished",
  import: "Imported",
  restore: "Restored",
} as const;
export type RevisionAction = keyof typeof revisionActions;

/** Who saved: a staff member, or nobody (an import from the command line). */
export type RevisionAuthor = { id: string; name: string } | null;

/** The story as it is now inside the transaction, in the revision's shape. */
export async function currentContent(tx: Transaction, articleId: number): Promise<RevisionContent> {
  const story = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    include: {
      section: { select: { slug: true, name: true } },
      tags: { orderBy: { position: "asc" }, select: { tag: { select: { name: true } } } },
    },
  });
  return {
    headline: story.headline,
    standfirst: story.standfirst,
    body: story.body,
    place: story.place,
    agency: story.agency,
    byline: story.byline,
    section: story.section,
    tags: story.tags.map(({ tag }) => tag.name),
    slug: story.slug,
    status: story.status,
    publishedAt: story.publishedAt?.toISOString() ?? null,
    commentsOpen: story.commentsOpen,
  };
}

/**
 * Keeps the story as this transaction has just written it as revision `number`. Called by every
 * writer of a story's content, in its own transaction, so no save goes unrecorded.
 */
export async function recordRevision(
  tx: Transaction,
  {
    articleId,
    number,
    action,
    by,
    restoredFrom = null,
    at,
  }: {
    articleId: number;
    number: number;
    action: RevisionAction;
    by: RevisionAuthor;
    restoredFrom?: number | null;
    at?: Date;
  },
): Promise<void> {
  const content = await currentContent(tx, articleId);
  await tx.articleRevision.create({
    data: {
      articleId,
      number,
      action,
      restoredFrom,
      staffUserId: by?.id ?? null,
      staffName: by?.name ?? null,
      content: JSON.stringify(content),
      ...(at ? { createdAt: at } : {}),
    },
  });
}

/**
 * Before a story's first recorded save overwrites it: keeps the story as it stood (a story
 * written before revisions were kept), so the first change can be compared and undone too.
 */
export async function recordEarlierRevision(
  tx: Transaction,
  story: { id: number; revision: number; updatedAt: Date },
): Promise<void> {
  const kept = await tx.articleRevision.count({ where: { articleId: story.id } });
  if (kept > 0) return;
  await recordRevision(tx, {
    articleId: story.id,
    number: story.revision,
    action: "earlier",
    by: null,
    at: story.updatedAt,
  });
}

/** A stored revision's content, or null if it no longer reads as one. */
export function parseRevisionContent(json: string): RevisionContent | null {
  try {
    const parsed = revisionContent.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
