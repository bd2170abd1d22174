import type { StoryStatus } from "../statuses";
import type { Database, Transaction } from "../database/create-client";
import { authorize, type Staff } from "../auth/roles";
import { creditSlugs } from "../articles/credit-slugs";
import { RESERVED_STORY_SLUGS, slugify } from "../articles/slugify";
import { storyPath } from "../articles/story-paths";
import { upsertTags } from "../articles/upsert-tags";
import { retryWrite, transactionOptions } from "../database/retry-write";
import { Refusal } from "../errors";
import type { StoryPost } from "./story-form";
import { recordEarlierRevision, recordRevision } from "./story-revisions";
import { recordAudit } from "../audit/record-audit";

export type SaveIntent = "draft" | "publish" | "schedule" | "unpublish";

export type SavedStory = {
  id: number;
  revision: number;
  slug: string;
  status: StoryStatus;
  href: string;
  /** Every reader path that showed the story before or shows it now, for revalidation. */
  affectedPaths: { slugs: string[]; sectionSlugs: string[] };
};

type Input = Omit<StoryPost, "intent">;

/** How a save is recorded in the story's history when it is not simply its button: a restore. */
export type SaveRecord = { action: "restore"; restoredFrom: number };

/** When the story goes out, and with what status, for each button of the editor. */
export function publication(
  intent: SaveIntent,
  asked: Date | null,
  existing: { status: string; publishedAt: Date | null } | null,
  now: Date,
): { status: StoryStatus; publishedAt: Date | null } {
  // The editor shows the time to the minute: that minute sent back unchanged is the stored
  // time, seconds and all, so an Update does not move the story's publication time.
  const publishAt =
    asked &&
    existing?.publishedAt &&
    Math.floor(asked.getTime() / 60_000) === Math.floor(existing.publishedAt.getTime() / 60_000)
      ? existing.publishedAt
      : asked;
  switch (intent) {
    case "draft":
    case "unpublish":
      return { status: "draft", publishedAt: publishAt ?? existing?.publishedAt ?? null };
    case "schedule":
      if (!publishAt || publishAt <= now) {
        throw new Refusal("schedule-not-future");
      }
      return { status: "scheduled", publishedAt: publishAt };
    case "publish":
      // A time in the past back-dates the story; one in the future is for Schedule, not Publish.
      if (publishAt && publishAt <= now) return { status: "published", publishedAt: publishAt };
      if (existing?.status === "published" && existing.publishedAt) {
        return { status: "published", publishedAt: existing.publishedAt };
      }
      return { status: "published", publishedAt: now };
  }
}

/**
 * The story editor's save: one transaction that checks the revision the editor started
 * from, keeps the slug once the story has been out (a changed slug leaves a redirect),
 * and writes the story, its tags and its status together, or nothing.
 */
export async function saveNewsroomStory(
  db: Database,
  staff: Staff | null,
  input: Input,
  intent: SaveIntent,
  now: Date = new Date(),
  record?: SaveRecord,
): Promise<SavedStory> {
  authorize(staff, "stories");
  return retryWrite(() =>
    db.$transaction(async (tx) => {
      const section = await tx.section.findUnique({ where: { slug: input.section } });
      if (!section) throw new Refusal("section-missing");

      const existing = input.id
        ? await tx.article.findUnique({ where: { id: input.id }, include: { section: true } })
        : null;
      if (input.id && !existing) throw new Refusal("story-gone");
      if (existing) {
        // The conditional update is the check: of two saves from the same revision, one wins.
        const { count } = await tx.article.updateMany({
          where: { id: existing.id, revision: input.revision ?? -1 },
          data: { revision: { increment: 1 } },
        });
        if (count === 0) throw new Refusal("story-conflict");
        await recordEarlierRevision(tx, existing);
      }

      const wasOut = existing?.publishedAt != null && existing.status !== "draft";
      const everOut = existing?.publishedAt != null;
      const wanted = input.slug || (everOut ? existing!.slug : slugify(input.headline) || "story");
      const slug =
        wanted === existing?.slug
          ? wanted
          : await freeSlug(tx, wanted, existing?.id ?? null, Boolean(input.slug));

      const { status, publishedAt } = publication(intent, input.publishAt, existing, now);
      const content = {
        headline: input.headline,
        standfirst: input.standfirst,
        body: input.body,
        place: input.place,
        agency: input.agency,
        byline: input.byline,
        sectionId: section.id,
      };
      const tagIds = await upsertTags(tx, input.tags);
      const contentChanged =
        !existing ||
        (Object.keys(content) as Array<keyof typeof content>).some((key) => existing[key] !== content[key]) ||
        (await tx.articleTag.findMany({ where: { articleId: existing.id }, orderBy: { position: "asc" } }))
          .map((row) => row.tagId)
          .join() !== tagIds.join();
      // "Updated" means an editorial change after publication, never earlier than it.
      let updatedAt = contentChanged ? now : existing!.updatedAt;
      if (publishedAt && updatedAt < publishedAt) updatedAt = publishedAt;

      const data = {
        ...content,
        ...creditSlugs(content),
        slug,
        status,
        publishedAt,
        updatedAt,
        commentsOpen: input.commentsOpen,
        tags: { create: tagIds.map((tagId, position) => ({ tagId, position })) },
      };
      let id: number;
      if (existing) {
        await tx.articleTag.deleteMany({ where: { articleId: existing.id } });
        await tx.article.update({ where: { id: existing.id }, data });
        id = existing.id;
        if (slug !== existing.slug) {
          await tx.articleRedirect.deleteMany({ where: { slug } });
          if (everOut) await tx.articleRedirect.create({ data: { slug: existing.slug, articleId: id } });
        }
      } else {
        id = (await tx.article.create({ data, select: { id: true } })).id;
      }
      const saved = await tx.article.findUniqueOrThrow({ where: { id }, select: { revision: true } });
      await recordRevision(tx, {
        articleId: id,
        number: saved.revision,
        action: record?.action ?? intent,
        restoredFrom: record?.restoredFrom,
        by: staff,
        at: now,
      });
      await recordAudit(
        tx,
        staff,
        {
          action: `story.${record?.action ?? intent}`,
          subjectId: id,
          summary: record ? `${input.headline} (from revision ${record.restoredFrom})` : input.headline,
        },
        now,
      );
      return {
        id,
        revision: saved.revision,
        slug,
        status,
        href: storyPath(section.slug, slug),
        affectedPaths: {
          slugs: [...new Set([slug, ...(existing ? [existing.slug] : [])])],
          sectionSlugs: [...new Set([section.slug, ...(existing && wasOut ? [existing.section.slug] : [])])],
        },
      };
    }, transactionOptions),
  );
}

/**
 * The slug itself when no other story has (or had) it; otherwise an explicitly chosen slug is
 * refused, and one made from the headline gets a number ("kerry-lavrov-meet-2").
 */
async function freeSlug(
  tx: Transaction,
  wanted: string,
  storyId: number | null,
  chosen: boolean,
): Promise<string> {
  const taken = async (slug: string) => {
    const [story, redirect] = await Promise.all([
      tx.article.findUnique({ where: { slug }, select: { id: true } }),
      tx.articleRedirect.findUnique({ where: { slug }, select: { articleId: true } }),
    ]);
    return (
      RESERVED_STORY_SLUGS.has(slug) ||
      (story !== null && story.id !== storyId) ||
      (redirect !== null && redirect.articleId !== storyId)
    );
  };
  if (!(await taken(wanted))) return wanted;
  if (chosen) throw new Refusal("slug-taken");
  for (let n = 2; ; n++) {
    const candidate = `${wanted.slice(0, 80 - String(n).length - 1)}-${n}`;
    if (!(await taken(candidate))) return candidate;
  }
}
