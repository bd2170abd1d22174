import type { CommentStatus } from "../statuses";

/** What a moderator can do to a comment's status. */
export const statusActions = ["approve", "dismiss", "spam", "trash", "restore", "delete"] as const;
export type StatusAction = (typeof statusActions)[number];

/** Choosing comments for Editors' picks, and taking them out again: the status stays. */
export const featureActions = ["feature", "unfeature"] as const;
export type FeatureAction = (typeof featureActions)[number];

/** What a moderator can do to comments. */
export const moderationActions = [...statusActions, ...featureActions] as const;
export type ModerationAction = (typeof moderationActions)[number];

export function isFeatureAction(action: ModerationAction): action is FeatureAction {
  return (featureActions as readonly string[]).includes(action);
}

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
export function statusAfter(action: StatusAction, current: Status): Status | "deleted" | null {
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

/**
 * Whether a comment is featured after the action, or null when it does not apply: only an
 * approved comment can be picked (readers see no other), and picking one already picked keeps
 * its place among the picks. Unfeaturing applies to any featured comment, shown or not.
 */
export function featuredAfter(
  action: FeatureAction,
  current: { status: Status; featured: boolean },
): boolean | null {
  if (action === "feature") return current.status === "approved" && !current.featured ? true : null;
  return current.featured ? false : null;
}
