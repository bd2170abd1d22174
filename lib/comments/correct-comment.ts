import type { Database } from "../database/create-client";
import { Refusal } from "../errors";
import { getCommentSettings } from "../settings/get-comment-settings";
import type { CommentStatus } from "../statuses";
import { editableUntil } from "./edit-token";
import { commenterStanding } from "./commenter-standing";
import { commentFingerprint } from "./fingerprint";
import { moderate } from "./moderation/rules";

export type Correction = { commentId: number; comment: string };

export type CorrectionContext = {
  /** The edit token from the browser's cookie for this comment. */
  token: string | undefined;
  secret: string;
  now?: Date;
};

export type CorrectedComment = {
  id: number;
  storyId: number;
  body: string;
  status: Exclude<CommentStatus, "trash">;
  reason: string;
  /** Whether readers saw it before or see it now: its pages need refreshing. */
  shownChanged: boolean;
};

/**
 * The author corrects their comment within the edit window, in the browser that posted it.
 * The new text meets the moderation rules as if posted now: an approved comment whose text now
 * needs a moderator goes back to the queue (spam stays spam, held stays held for its moderator).
 * An editor's pick of the old text is withdrawn. Refusals write nothing.
 */
export async function correctComment(
  db: Database,
  { commentId, comment: text }: Correction,
  ctx: CorrectionContext,
): Promise<CorrectedComment> {
  const now = ctx.now ?? new Date();
  if (!editableUntil(ctx.token, commentId, ctx.secret, now.getTime()))
    throw new Refusal("edit-window-closed");
  const comment = await db.comment.findUnique({
    where: { id: commentId },
    select: {
      articleId: true,
      parentId: true,
      authorName: true,
      authorEmail: true,
      authorUrl: true,
      body: true,
      status: true,
      moderationReason: true,
    },
  });
  if (!comment || comment.status === "trash") throw new Refusal("comment-not-found");
  const unchanged = {
    id: commentId,
    storyId: comment.articleId,
    body: comment.body,
    status: comment.status,
    reason: comment.moderationReason,
    shownChanged: false,
  };
  if (text === comment.body) return unchanged;

  const [settings, standing] = await Promise.all([
    getCommentSettings(db),
    // This comment counts once a moderator approved it: its author is known, and only the new text is judged.
    commenterStanding(db, comment.authorEmail),
  ]);
  const verdict = moderate({ ...comment, body: text, tokenCheck: "valid", ...standing }, settings);
  const next =
    comment.status === "spam"
      ? unchanged
      : comment.status === "pending"
        ? {
            status: "pending" as const,
            reason: verdict.status === "approved" ? comment.moderationReason : verdict.reason,
          }
        : verdict.status === "approved"
          ? { status: "approved" as const, reason: comment.moderationReason }
          : verdict;

  let saved;
  try {
    // Only over what was read: a moderator who binned, approved or edited it in between wins.
    saved = await db.comment.updateMany({
      where: { id: commentId, status: comment.status, body: comment.body },
      data: {
        body: text,
        editedAt: now,
        status: next.status,
        moderationReason: next.reason,
        featuredAt: null,
        fingerprint: commentFingerprint(comment.articleId, comment.parentId, comment.authorEmail, text),
      },
    });
  } catch (error) {
    // The same person already posted this text in the same place.
    if ((error as { code?: string }).code === "P2002") throw new Refusal("duplicate-comment");
    throw error;
  }
  if (saved.count === 0) throw new Refusal("comment-changed");
  return {
    ...unchanged,
    body: text,
    status: next.status,
    reason: next.reason,
    shownChanged: comment.status === "approved",
  };
}

/** A comment of this story its author may still be correcting (not one a moderator binned), or null. */
export async function getCorrectionTarget(db: Database, storyId: number, commentId: number) {
  return db.comment.findFirst({
    where: { id: commentId, articleId: storyId, status: { not: "trash" } },
    select: { id: true, body: true },
  });
}
