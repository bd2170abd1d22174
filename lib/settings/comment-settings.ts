import { z } from "zod";

/** How comments are moderated and when they close; the newsroom edits these (issue 5). */
export const commentSettings = z.object({
  moderationMode: z.enum(["hold-first-time", "hold-all", "approve-all"]).default("hold-first-time"),
  holdWords: z.array(z.string()).default([]),
  disallowedWords: z.array(z.string()).default([]),
  linksThreshold: z.number().int().min(1).default(2),
  /** Reports from this many readers hide an approved comment until a moderator decides. */
  reportThreshold: z.number().int().min(1).default(3),
  /** Close comments this many days after publication; null keeps them open. */
  autoCloseDays: z.number().int().min(1).nullable().default(null),
});

export type CommentSettings = z.infer<typeof commentSettings>;

export const COMMENT_SETTINGS_KEY = "comments";

/** Settings from their stored JSON; anything missing or unreadable falls back to the defaults. */
export function parseCommentSettings(json: string | null | undefined): CommentSettings {
  try {
    const parsed = commentSettings.safeParse(json ? JSON.parse(json) : {});
    if (parsed.success) return parsed.data;
  } catch {}
  return commentSettings.parse({});
}

/** When comments on a story close by the settings, or null when they never do on their own. */
export function commentsCloseAt(publishedAt: Date, settings: CommentSettings): Date | null {
  return settings.autoCloseDays === null
    ? null
    : new Date(publishedAt.getTime() + settings.autoCloseDays * 24 * 60 * 60 * 1000);
}

/** Whether a story takes comments now, and, while it does, when it stops (null: not on its own). */
export function commentWindow(
  story: { commentsOpen: boolean; publishedAt: Date },
  settings: CommentSettings,
  now: Date = new Date(),
): { open: boolean; closesAt: Date | null } {
  const closesAt = commentsCloseAt(story.publishedAt, settings);
  const open = story.commentsOpen && (!closesAt || closesAt > now);
  return { open, closesAt: open ? closesAt : null };
}
