import type { Database, Transaction } from "../database/create-client";
import { slugify } from "../articles/slugify";
import { creditSlugs } from "../articles/credit-slugs";
import { upsertTags } from "../articles/upsert-tags";
import { retryWrite, transactionOptions } from "../database/retry-write";
import { recordEarlierRevision, recordRevision } from "../newsroom/story-revisions";
import { recordAudit, type AuditActor } from "../audit/record-audit";

/** Imports are the command line's (npm run import, the demo content). */
const IMPORTER: AuditActor = { system: "Command line" };

/** An import is a save like the editor's: a revision of the story and a line in the audit log. */
async function recordImport(tx: Transaction, articleId: number, number: number, headline: string, at: Date) {
  await recordAudit(tx, IMPORTER, { action: "story.import", subjectId: articleId, summary: headline }, at);
  await recordRevision(tx, { articleId, number, action: "import", by: null, at });
}
import type { StoryDraft } from "./parse-story-file";

/** A lead photograph already checked and stored (lib/media/), with its words, for saveStory. */
export type ImportedPhoto = {
  hash: string;
  widths: string;
  width: number;
  height: number;
  alt: string;
  caption: string | null;
  credit: string | null;
};

export type SaveOutcome = {
  result: "created" | "updated" | "unchanged";
  slug: string;
  /** Section slugs the story was listed under before and after, for revalidation. */
  sectionSlugs: string[];
};

/**
 * Stores an imported story by slug in one transaction: a new slug creates the story, a
 * known one updates it, and identical content writes nothing (so "Updated" stays honest).
 */
export async function saveStory(
  db: Database,
  draft: StoryDraft,
  now: Date = new Date(),
  photo: ImportedPhoto | null = null,
): Promise<SaveOutcome> {
  return retryWrite(() =>
    db.$transaction(async (tx) => {
      const sectionSlug = slugify(draft.section);
      const section =
        (await tx.section.findUnique({ where: { slug: sectionSlug } })) ??
        (await tx.section.create({
          data: {
            slug: sectionSlug,
            name: draft.section,
            position: ((await tx.section.aggregate({ _max: { position: true } }))._max.position ?? -1) + 1,
          },
        }));

      const tagIds = await upsertTags(tx, draft.tags);

      const existing = await tx.article.findUnique({
        where: { slug: draft.slug },
        include: { section: true, tags: { orderBy: { position: "asc" } } },
      });
      const publishedAt = draft.publishedAt ?? existing?.publishedAt ?? now;
      const fields = {
        headline: draft.headline,
        standfirst: draft.standfirst,
        body: draft.body,
        place: draft.place,
        agency: draft.agency,
        byline: draft.byline,
        ...creditSlugs(draft),
        sectionId: section.id,
        publishedAt,
        status: publishedAt > now ? ("scheduled" as const) : ("published" as const),
        commentsOpen: draft.commentsOpen,
      };
      const tagRows = tagIds.map((tagId, position) => ({ tagId, position }));

      if (!existing) {
        const created = await tx.article.create({
          select: { id: true, revision: true },
          data: {
            slug: draft.slug,
            ...fields,
            updatedAt: draft.updatedAt ?? publishedAt,
            tags: { create: tagRows },
          },
        });
        await recordImport(tx, created.id, created.revision, draft.headline, now);
        await savePhoto(tx, created.id, draft.headline, photo, now);
        return { result: "created", slug: draft.slug, sectionSlugs: [section.slug] };
      }

      const sameTags = existing.tags.map((t) => t.tagId).join() === tagIds.join();
      const same =
        sameTags &&
        (Object.keys(fields) as Array<keyof typeof fields>).every((key) =>
          fields[key] instanceof Date
            ? (existing[key] as Date | null)?.getTime() === (fields[key] as Date).getTime()
            : existing[key] === fields[key],
        ) &&
        (!draft.updatedAt || existing.updatedAt.getTime() === draft.updatedAt.getTime());
      const sectionSlugs = [...new Set([existing.section.slug, section.slug])];
      // A file without image: leaves a photograph the newsroom uploaded alone.
      const photoChanged = await savePhoto(tx, existing.id, draft.headline, photo, now);
      if (same) return { result: photoChanged ? "updated" : "unchanged", slug: draft.slug, sectionSlugs };

      await recordEarlierRevision(tx, existing);
      await tx.articleTag.deleteMany({ where: { articleId: existing.id } });
      const updated = await tx.article.update({
        where: { id: existing.id },
        select: { revision: true },
        data: {
          ...fields,
          updatedAt: draft.updatedAt ?? now,
          revision: { increment: 1 },
          tags: { create: tagRows },
        },
      });
      await recordImport(tx, existing.id, updated.revision, draft.headline, now);
      return { result: "updated", slug: draft.slug, sectionSlugs };
    }, transactionOptions),
  );
}

/** Sets the story's lead photograph from the file when it differs; says whether it did. */
async function savePhoto(
  tx: Transaction,
  articleId: number,
  headline: string,
  photo: ImportedPhoto | null,
  now: Date,
): Promise<boolean> {
  if (!photo) return false;
  const stored = await tx.storyPhoto.findUnique({ where: { articleId } });
  const keys = Object.keys(photo) as Array<keyof ImportedPhoto>;
  if (stored && keys.every((key) => stored[key] === photo[key])) return false;
  await tx.storyPhoto.upsert({ where: { articleId }, create: { articleId, ...photo }, update: photo });
  await recordAudit(
    tx,
    IMPORTER,
    { action: "story.photo", subjectId: articleId, summary: `${headline}: photograph (${photo.alt})` },
    now,
  );
  return true;
}
