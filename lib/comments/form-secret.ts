import "server-only";
import { randomBytes } from "node:crypto";
import { env } from "../env";

const key = Symbol.for("dateline.form-secret");
const holder = globalThis as { [key]?: string };

/**
 * The key that signs comment-form tokens: FORM_SECRET, or a random one per process. Without
 * FORM_SECRET, a restart (or a second instance) makes older tokens invalid, and comments sent
 * with them are held for moderation rather than lost.
 */
export function formSecret(): string {
  if (env.FORM_SECRET) return env.FORM_SECRET;
  return (holder[key] ??= randomBytes(32).toString("hex"));
}
