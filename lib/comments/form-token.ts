import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Database } from "../database/create-client";
import { Refusal } from "../errors";
import { clientKey } from "../rate-limit/client-key";

/** People need at least this long to write a comment; bots post at once. */
export const MIN_FILL_MS = 3_000;
/** Cached story pages can be a day old before a reader opens them, and readers take their time. */
export const MAX_TOKEN_AGE_MS = 48 * 60 * 60 * 1000;

export type TokenCheck = "valid" | "too-fast" | "stale" | "forged" | "missing";

const TOKEN = /^(\d{13})\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{43})$/;

function sign(storyId: number, issuedAt: number, nonce: string, secret: string): string {
  return createHmac("sha256", secret)
    .update(`comment-form:${storyId}:${issuedAt}:${nonce}`)
    .digest("base64url");
}

/** A signed note of when the form for this story was rendered, with a random part that lets it be used once. */
export function mintFormToken(storyId: number, secret: string, now: number = Date.now()): string {
  const nonce = randomBytes(12).toString("base64url");
  return `${now}.${nonce}.${sign(storyId, now, nonce, secret)}`;
}

/** Whether a token was made by us for this story, and how long ago. */
export function checkFormToken(
  token: string | undefined,
  storyId: number,
  secret: string,
  now: number = Date.now(),
): TokenCheck {
  if (!token) return "missing";
  const match = TOKEN.exec(token);
  if (!match) return "forged";
  const issuedAt = Number(match[1]);
  const expected = Buffer.from(sign(storyId, issuedAt, match[2]!, secret));
  const given = Buffer.from(match[3]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return "forged";
  const age = now - issuedAt;
  if (age < MIN_FILL_MS) return age < -60_000 ? "forged" : "too-fast";
  return age > MAX_TOKEN_AGE_MS ? "stale" : "valid";
}

/**
 * Records a valid token as used by this client, once for every instance: the database's
 * primary key lets one of any number of simultaneous posts through. False when this client
 * had used it before. Per client, because a cached page shows every reader the same token:
 * each reader without JavaScript can post with it once, and nobody twice.
 */
export async function spendFormToken(db: Database, token: string, ip: string): Promise<boolean> {
  const [issuedAt, nonce] = token.split(".");
  const key = createHash("sha256")
    .update(`${nonce}|${clientKey(ip)}`)
    .digest("base64url");
  try {
    await db.spentFormToken.create({
      data: { key, expiresAt: new Date(Number(issuedAt) + MAX_TOKEN_AGE_MS) },
    });
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return false;
    throw error;
  }
}

/** Forgets used tokens that have expired anyway (a stale token is refused on its date alone). */
export async function forgetExpiredFormTokens(db: Database, now = new Date()): Promise<number> {
  return (await db.spentFormToken.deleteMany({ where: { expiresAt: { lt: now } } })).count;
}

/**
 * The bot checks every reader form shares: a filled honeypot or a post within 3 s of the form
 * is refused outright, and a token this client used before is refused (the form comes back
 * with a new one). A valid token is spent; the verdict on any other is returned for the caller to weigh.
 */
export async function screenForBots(
  db: Database,
  form: { homepage?: string; formToken?: string; storyId: number },
  { secret, ip, now }: { secret: string; ip: string; now: Date },
): Promise<TokenCheck> {
  if (form.homepage) throw new Refusal("rejected-as-bot");
  const check = checkFormToken(form.formToken, form.storyId, secret, now.getTime());
  if (check === "too-fast") throw new Refusal("submitted-too-fast");
  if (check === "valid" && !(await spendFormToken(db, form.formToken!, ip))) throw new Refusal("form-used");
  return check;
}
