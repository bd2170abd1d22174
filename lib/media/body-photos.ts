import { authorize, type Staff } from "../auth/roles";
import type { StoryAddresses } from "../cache/story-derived-routes";
import type { Database, Transaction } from "../database/create-client";
import { retryWrite, transactionOptions } from "../database/retry-write";
import { recordAudit } from "../audit/record-audit";
import { Refusal } from "../errors";
import type { BodyPhotoPost } from "./body-photo-form";
import type { MediaStore } from "./media-store";
import { storyPhotoSelect, storyPhotoView, type StoryPhotoView } from "./photo-view";
import { photoMarker } from "./photo-marker";
import { storeUpload } from "./story-photo";

export type BodyPhotoView = StoryPhotoView & { number: number };

/** The Prisma select of a body photograph as pages read it. */
export const bodyPhotoSelect = { number: true, ...storyPhotoSelect } as const;

export function bodyPhotoView(row: Parameters<typeof storyPhotoView>[0] & { number: number }): BodyPhotoView {
  return { ...storyPhotoView(row), number: row.number };
}

/**
 * Adds a photograph to a story's body (no number) or changes one (its number): a new one
 * gets the story's next number, which the editor then places with a line "[Photo N]". The
 * file is stored before the row, as the lead photograph's is.
 */
export async function saveBodyPhoto(
  db: Database,
  staff: Staff | null,
  store: MediaStore,
  { storyId, number, photo, alt, caption, credit }: BodyPhotoPost,
  now: Date = new Date(),
): Promise<{ message: string; number: number; addresses: StoryAddresses }> {
  authorize(staff, "stories");
  if (!(await db.article.findUnique({ where: { id: storyId }, select: { id: true } }))) {
    throw new Refusal("story-gone");
  }
  if (number === null && !photo) throw new Refusal("photo-missing");
  const image = photo ? await storeUpload(store, photo) : null;
  const words = { alt, caption, credit };
  // The next number is read and taken in one transaction; two editors adding at once meet the
  // unique (story, number) index, and retryWrite runs the loser again with the next number.
  return retryWrite(() =>
    db.$transaction(async (tx) => {
      const story = await storyFor(tx, storyId);
      let saved: number;
      if (number === null) {
        const last = await tx.bodyPhoto.aggregate({ where: { articleId: storyId }, _max: { number: true } });
        saved = (last._max.number ?? 0) + 1;
        await tx.bodyPhoto.create({ data: { articleId: storyId, number: saved, ...words, ...image! } });
      } else {
        // Removed meanwhile (another tab): there is nothing to change.
        const { count } = await tx.bodyPhoto.updateMany({
          where: { articleId: storyId, number },
          data: { ...words, ...(image ?? {}) },
        });
        if (count === 0) throw new Refusal("photo-missing");
        saved = number;
      }
      await recordAudit(
        tx,
        staff,
        {
          action: "story.photo",
          subjectId: storyId,
          summary: `${story.headline}: ${number === null ? "body photograph added" : image ? "body photograph replaced" : "body photograph's words changed"}, ${photoMarker(saved)} (${alt})`,
        },
        now,
      );
      return {
        number: saved,
        message:
          number === null
            ? `Photo ${saved} is saved. Put a line reading ${photoMarker(saved)} in the body where it belongs, then update the story.`
            : `Photo ${saved} is saved.`,
        addresses: story.addresses,
      };
    }, transactionOptions),
  );
}

/** Takes a photograph out of the body; a "[Photo N]" line left in the text then shows nothing. */
export async function removeBodyPhoto(
  db: Database,
  staff: Staff | null,
  { storyId, number }: { storyId: number; number: number },
  now: Date = new Date(),
): Promise<{ addresses: StoryAddresses }> {
  authorize(staff, "stories");
  return retryWrite(() =>
    db.$transaction(async (tx) => {
      const story = await storyFor(tx, storyId);
      const { count } = await tx.bodyPhoto.deleteMany({ where: { articleId: storyId, number } });
      if (count > 0) {
        await recordAudit(
          tx,
          staff,
          {
            action: "story.photo",
            subjectId: storyId,
            summary: `${story.headline}: body photograph removed, ${photoMarker(number)}`,
          },
          now,
        );
      }
      return { addresses: story.addresses };
    }, transactionOptions),
  );
}

/** The story's body photographs for the newsroom, by number. */
export async function listBodyPhotosForEditing(
  db: Database,
  staff: Staff | null,
  storyId: number,
): Promise<BodyPhotoView[]> {
  authorize(staff, "stories");
  const rows = await db.bodyPhoto.findMany({
    where: { articleId: storyId },
    orderBy: { number: "asc" },
    select: bodyPhotoSelect,
  });
  return rows.map(bodyPhotoView);
}

async function storyFor(tx: Transaction, storyId: number) {
  const story = await tx.article.findUnique({
    where: { id: storyId },
    select: { slug: true, headline: true, section: { select: { slug: true } } },
  });
  if (!story) throw new Refusal("story-gone");
  return { headline: story.headline, addresses: { slugs: [story.slug], sectionSlugs: [story.section.slug] } };
}
