import { createHmac, timingSafeEqual } from "node:crypto";

/** How long a commenter can correct what they posted. */
export const EDIT_WINDOW_MS = 10 * 60 * 1000;

/** The cookie a browser keeps for one comment it posted; it lives as long as the window. */
export const editCookieName = (commentId: number) => `dateline-edit-${commentId}`;

const TOKEN = /^(\d{1,12})\.(\d{13})\.([A-Za-z0-9_-]{43})$/;

function sign(commentId: number, until: number, secret: string): string {
  return createHmac("sha256", secret).update(`comment-edit:${commentId}:${until}`).digest("base64url");
}

/** A signed "the holder may edit comment N until T": handed only to the browser that posted it. */
export function mintEditToken(commentId: number, postedAt: Date, secret: string): string {
  const until = postedAt.getTime() + EDIT_WINDOW_MS;
  return `${commentId}.${until}.${sign(commentId, until, secret)}`;
}

/** Until when the token lets its holder edit this comment, or null (not ours, another comment, expired). */
export function editableUntil(
  token: string | undefined,
  commentId: number,
  secret: string,
  now = Date.now(),
): Date | null {
  const match = TOKEN.exec(token ?? "");
  if (!match || Number(match[1]) !== commentId) return null;
  const until = Number(match[2]);
  const expected = Buffer.from(sign(commentId, until, secret));
  const given = Buffer.from(match[3]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  // A token never reaches past the window, whatever a forged clock says.
  return until > now && until <= now + EDIT_WINDOW_MS ? new Date(until) : null;
}
