import { z } from "zod";
import type { FormState } from "../actions/form-state";
import type { Database } from "../database/create-client";
import type { StoryAddresses } from "../cache/story-derived-routes";
import { authorize, type Staff } from "../auth/roles";
import { retryWrite, transactionOptions } from "../database/retry-write";
import { Refusal } from "../errors";
import { storyNoteKinds } from "../statuses";
import { CONTROL_CHARACTERS } from "../validation/control-characters";
import { asOneParagraph } from "../validation/invisible-characters";
import { recordId } from "../validation/record-id";
import { noteLabels } from "./story-notes";
import { recordAudit } from "../audit/record-audit";

export const STORY_NOTE_MAX = 1000;

export const storyNoteFields = ["kind", "text"] as const;

/** The note form after a post: what was typed kept on errors, emptied once added. */
export type StoryNoteFormState = FormState<
  { storyId: string; kind: string; text: string },
  { message: string }
>;

/** The newsroom's "Add a correction or update" form. */
export const storyNotePost = z.object({
  storyId: recordId,
  kind: z.enum(storyNoteKinds, { error: "Choose Correction or Update." }),
  // One paragraph of plain text: line breaks become spaces, as a browser would show them anyway.
  text: z
    .string()
    .transform(asOneParagraph)
    .pipe(
      z
        .string()
        .min(1, "Write the correction or update.")
        .max(STORY_NOTE_MAX, `Write at most ${STORY_NOTE_MAX.toLocaleString("en-GB")} characters.`)
        .refine((text) => !CONTROL_CHARACTERS.test(text), "The text contains invisible control characters."),
    ),
});
export type StoryNotePost = z.output<typeof storyNotePost>;

/**
 * Adds a dated correction or update to a story readers can see, and moves its "Updated" time
 * (and so its feed entry) to now, in one transaction. What readers had is not rewritten: the
 * note says what changed.
 */
export async function addStoryNote(
  db: Database,
  staff: Staff | null,
  { storyId, kind, text }: StoryNotePost,
  now: Date = new Date(),
): Promise<{ label: string; addresses: StoryAddresses }> {
  authorize(staff, "stories");
  return retryWrite(() =>
    db.$transaction(async (tx) => {
      const story = await tx.article.findUnique({
        where: { id: storyId },
        select: {
          slug: true,
          headline: true,
          status: true,
          publishedAt: true,
          section: { select: { slug: true } },
        },
      });
      if (!story) throw new Refusal("story-gone");
      if (story.status !== "published" || !story.publishedAt || story.publishedAt > now) {
        throw new Refusal("note-needs-published-story");
      }
      await tx.storyNote.create({
        data: { articleId: storyId, kind, text, staffUserId: staff.id, createdAt: now },
      });
      await tx.article.update({ where: { id: storyId }, data: { updatedAt: now } });
      await recordAudit(
        tx,
        staff,
        { action: `story.${kind}`, subjectId: storyId, summary: `${story.headline}: ${text}` },
        now,
      );
      return {
        label: noteLabels[kind],
        addresses: { slugs: [story.slug], sectionSlugs: [story.section.slug] },
      };
    }, transactionOptions),
  );
}

/** A story's notes for the newsroom, newest first, with who added each. */
export async function listNotesForEditing(db: Database, staff: Staff | null, storyId: number) {
  authorize(staff, "stories");
  return db.storyNote.findMany({
    where: { articleId: storyId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, kind: true, text: true, createdAt: true, staffUser: { select: { name: true } } },
  });
}
