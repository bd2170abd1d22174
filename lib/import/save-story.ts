import type { Database } from "../database/create-client";
import { slugify } from "../articles/slugify";
import { creditSlugs } from "../articles/credit-slugs";
import { upsertTags } from "../articles/upsert-tags";
import { retryWrite, transactionOptions } from "../database/retry-write";
import { recordEarlierRevision, recordRevision } from "../newsroom/story-revisions";
import { recordAudit, type AuditActor } from "../audit/record-audit";

/** Imports are the command line's (npm run import, the demo content). */
const IMPORTER: AuditActor = { system: "Command line" };
import type { StoryDraft } from "./parse-story-file";

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
        await recordAudit(
          tx,
          IMPORTER,
          { action: "story.import", subjectId: created.id, summary: draft.headline },
          now,
        );
        await recordRevision(tx, {
          articleId: created.id,
          number: created.revision,
          action: "import",
          by: null,
          at: now,
        });
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
      if (same) return { result: "unchanged", slug: draft.slug, sectionSlugs };

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
      await recordAudit(
        tx,
        IMPORTER,
        { action: "story.import", subjectId: existing.id, summary: draft.headline },
        now,
      );
      await recordRevision(tx, {
        articleId: existing.id,
        number: updated.revision,
        action: "import",
        by: null,
        at: now,
      });
      return { result: "updated", slug: draft.slug, sectionSlugs };
    }, transactionOptions),
  );
}
