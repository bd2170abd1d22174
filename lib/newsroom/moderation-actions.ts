import type { CommentStatus } from "../statuses";

/** What a moderator can do to comments, and the status each leaves them in. */
export const moderationActions = ["approve", "dismiss", "spam", "trash", "restore", "delete"] as const;
export type ModerationAction = (typeof moderationActions)[number];

export function isModerationAction(value: unknown): value is ModerationAction {
  return typeof value === "string" && (moderationActions as readonly string[]).includes(value);
}

type Status = CommentStatus;

/**
 * The status a comment moves to, or null when the action does not apply to it: restoring
 * only brings spam and trash back (to pending, for a fresh look), and only spam and trash
 * can be deleted for good, so nothing is lost by one click on an approved comment. Dismissing
 * readers' reports keeps a comment (shown again if they had hidden it); every action that
 * applies clears the comment's reports, as a moderator has now looked at it.
 */
export function statusAfter(action: ModerationAction, current: Status): Status | "deleted" | null {
  switch (action) {
    case "approve":
      return current === "approved" ? null : "approved";
    case "dismiss":
      return current === "approved" || current === "pending" ? "approved" : null;
    case "spam":
      return current === "spam" ? null : "spam";
    case "trash":
      return current === "trash" ? null : "trash";
    case "restore":
      return current === "spam" || current === "trash" ? "pending" : null;
    case "delete":
      return current === "spam" || current === "trash" ? "deleted" : null;
  }
}
