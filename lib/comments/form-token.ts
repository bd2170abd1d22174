import { createHmac, timingSafeEqual } from "node:crypto";
import { Refusal } from "../errors";

/** People need at least this long to write a comment; bots post at once. */
export const MIN_FILL_MS = 3_000;
/** Cached story pages can be a day old before a reader opens them, and readers take their time. */
export const MAX_TOKEN_AGE_MS = 48 * 60 * 60 * 1000;

export type TokenCheck = "valid" | "too-fast" | "stale" | "forged" | "missing";

function sign(storyId: number, issuedAt: number, secret: string): string {
  return createHmac("sha256", secret).update(`comment-form:${storyId}:${issuedAt}`).digest("base64url");
}

/** A signed note of when the form for this story was rendered. */
export function mintFormToken(storyId: number, secret: string, now: number = Date.now()): string {
  return `${now}.${sign(storyId, now, secret)}`;
}

/** Whether a token was made by us for this story, and how long ago. */
export function checkFormToken(
  token: string | undefined,
  storyId: number,
  secret: string,
  now: number = Date.now(),
): TokenCheck {
  if (!token) return "missing";
  const match = /^(\d{13})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return "forged";
  const issuedAt = Number(match[1]);
  const expected = Buffer.from(sign(storyId, issuedAt, secret));
  const given = Buffer.from(match[2]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return "forged";
  const age = now - issuedAt;
  if (age < MIN_FILL_MS) return age < -60_000 ? "forged" : "too-fast";
  return age > MAX_TOKEN_AGE_MS ? "stale" : "valid";
}

/**
 * The bot checks every reader form shares: a filled honeypot or a post within 3 s of the form
 * is refused outright; the token's verdict is returned for the caller to weigh.
 */
export function screenForBots(
  form: { homepage?: string; formToken?: string; storyId: number },
  secret: string,
  now: Date,
): TokenCheck {
  if (form.homepage) throw new Refusal("rejected-as-bot");
  const check = checkFormToken(form.formToken, form.storyId, secret, now.getTime());
  if (check === "too-fast") throw new Refusal("submitted-too-fast");
  return check;
}
