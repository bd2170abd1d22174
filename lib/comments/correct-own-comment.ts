import "server-only";
import { cookies } from "next/headers";
import type { ReaderContext } from "../actions/reader-action";
import { revalidateStoryComments } from "../cache/revalidate-reader-pages";
import { env } from "../env";
import { Refusal } from "../errors";
import { createLimiter, takePoint } from "../rate-limit/limiter";
import { correctComment, type Correction } from "./correct-comment";
import { EDIT_WINDOW_MS, editCookieName, editableUntil, mintEditToken } from "./edit-token";
import { heldBecause } from "./held-reason";

/** Ten saves of one comment in its window: enough for any typo hunt, not for hammering its pages. */
const EDIT_RULE = { keyPrefix: "comment-edit", points: 10, durationSeconds: EDIT_WINDOW_MS / 1000 };
let limiter: ReturnType<typeof createLimiter> | undefined;

/**
 * Hands the browser that posted a comment the right to correct it, for the edit window. The
 * cookie goes only to the comment's edit page (and the form posted there), not with every request.
 */
export async function allowCorrection(
  commentId: number,
  postedAt: Date,
  secret: string,
  editPath: string,
): Promise<void> {
  (await cookies()).set(editCookieName(commentId), mintEditToken(commentId, postedAt, secret), {
    httpOnly: true,
    sameSite: "lax",
    secure: env.siteUrl.startsWith("https:"),
    path: editPath,
    maxAge: EDIT_WINDOW_MS / 1000,
  });
}

/** The edit token this browser holds for a comment, if any. */
export async function correctionToken(commentId: number): Promise<string | undefined> {
  return (await cookies()).get(editCookieName(commentId))?.value;
}

/** Corrects a comment as the site runs it: the browser's token, a limit, then fresh pages. */
export async function correctOwnComment(correction: Correction, { db, formSecret }: ReaderContext) {
  const token = await correctionToken(correction.commentId);
  // The token first: a stranger's posts must not use up the author's saves.
  if (!editableUntil(token, correction.commentId, formSecret)) throw new Refusal("edit-window-closed");
  limiter ??= createLimiter(EDIT_RULE, env.REDIS_URL);
  if ((await takePoint(limiter, String(correction.commentId))) === "limited")
    throw new Refusal("editing-too-quickly");
  const corrected = await correctComment(db, correction, { token, secret: formSecret });
  if (corrected.shownChanged) await revalidateStoryComments(db, [corrected.storyId]);
  console.info(`comment ${corrected.id} corrected by its author: ${corrected.status} (${corrected.reason})`);
  const held = corrected.status === "approved" ? null : heldBecause(corrected.reason, corrected.body);
  return {
    values: { comment: corrected.body },
    outcome: {
      status: corrected.status === "approved" ? ("approved" as const) : ("pending" as const),
      heldBecause: held,
    },
  };
}
