import { authorize, type Staff } from "../auth/roles";
import type { StoryAddresses } from "../cache/story-derived-routes";
import type { Database } from "../database/create-client";
import { retryWrite, transactionOptions } from "../database/retry-write";
import { recordAudit } from "../audit/record-audit";
import { Refusal } from "../errors";
import type { MediaStore } from "./media-store";
import { PHOTO_MAX_BYTES } from "./process-photo";
import { storePhoto, type StoredImage } from "./store-photo";
import { storyPhotoSelect, storyPhotoView } from "./photo-view";
import type { StoryPhotoPost } from "./story-photo-form";

/**
 * Sets or changes a story's lead photograph: a new file is checked, re-encoded and stored
 * (lib/media/store-photo.ts), the words are saved with it,
 * and the audit log says who did it. Files are content-addressed, so old ones are left for a
 * sweep rather than deleted under a cached page that may still name them.
 */
export async function saveStoryPhoto(
  db: Database,
  staff: Staff | null,
  store: MediaStore,
  { storyId, photo, alt, caption, credit }: StoryPhotoPost,
  now: Date = new Date(),
): Promise<{ message: string; addresses: StoryAddresses }> {
  authorize(staff, "stories");
  // Before the (slow) re-encoding, so nothing is written for a story that is gone.
  const found = await db.article.findUnique({
    where: { id: storyId },
    select: { leadPhoto: { select: { id: true } } },
  });
  if (!found) throw new Refusal("story-gone");
  if (!photo && !found.leadPhoto) throw new Refusal("photo-missing");
  const image = photo ? await storeUpload(store, photo) : null;
  return retryWrite(() =>
    db.$transaction(async (tx) => {
      const story = await tx.article.findUnique({
        where: { id: storyId },
        select: { slug: true, headline: true, section: { select: { slug: true } } },
      });
      if (!story) throw new Refusal("story-gone");
      const words = { alt, caption, credit };
      if (image) {
        await tx.storyPhoto.upsert({
          where: { articleId: storyId },
          create: { articleId: storyId, ...words, ...image },
          update: { ...words, ...image },
        });
      } else {
        // Removed meanwhile (another tab): there is nothing to put the words on.
        const { count } = await tx.storyPhoto.updateMany({ where: { articleId: storyId }, data: words });
        if (count === 0) throw new Refusal("photo-missing");
      }
      await recordAudit(
        tx,
        staff,
        {
          action: "story.photo",
          subjectId: storyId,
          summary: `${story.headline}: ${image ? "new photograph" : "photograph's words changed"} (${alt})`,
        },
        now,
      );
      return {
        message: image
          ? "Photograph saved. Readers see it above the story now."
          : "The photograph's words are saved.",
        addresses: { slugs: [story.slug], sectionSlugs: [story.section.slug] },
      };
    }, transactionOptions),
  );
}

/** An uploaded file, checked and stored; refused before it is read when it is too large. */
export async function storeUpload(store: MediaStore, photo: File): Promise<StoredImage> {
  // The server already capped the post at 16 MB; this is the photograph's own limit.
  if (photo.size > PHOTO_MAX_BYTES) throw new Refusal("photo-too-large");
  return storePhoto(store, Buffer.from(await photo.arrayBuffer()));
}

/** Takes the lead photograph off a story; the files stay, as other pages or caches may name them. */
export async function removeStoryPhoto(
  db: Database,
  staff: Staff | null,
  { storyId }: { storyId: number },
  now: Date = new Date(),
): Promise<{ addresses: StoryAddresses }> {
  authorize(staff, "stories");
  return retryWrite(() =>
    db.$transaction(async (tx) => {
      const story = await tx.article.findUnique({
        where: { id: storyId },
        select: { slug: true, headline: true, section: { select: { slug: true } } },
      });
      if (!story) throw new Refusal("story-gone");
      const { count } = await tx.storyPhoto.deleteMany({ where: { articleId: storyId } });
      if (count > 0) {
        await recordAudit(
          tx,
          staff,
          { action: "story.photo", subjectId: storyId, summary: `${story.headline}: photograph removed` },
          now,
        );
      }
      return { addresses: { slugs: [story.slug], sectionSlugs: [story.section.slug] } };
    }, transactionOptions),
  );
}

/** The story's photograph for the newsroom's form, or null. */
export async function getStoryPhotoForEditing(db: Database, staff: Staff | null, storyId: number) {
  authorize(staff, "stories");
  const row = await db.storyPhoto.findUnique({ where: { articleId: storyId }, select: storyPhotoSelect });
  return row ? storyPhotoView(row) : null;
}
