/**
 * Every status set, declared once. The database enums (prisma/schema.prisma) hold the same
 * words, which lib/statuses.test.ts checks; this file is what code and forms use.
 */
export const storyStatuses = ["draft", "scheduled", "published"] as const;
export type StoryStatus = (typeof storyStatuses)[number];

export const commentStatuses = ["pending", "approved", "spam", "trash"] as const;
export type CommentStatus = (typeof commentStatuses)[number];
/** What a comment can be as it is posted: shown at once, or held for a moderator. */
export type PostedStatus = Extract<CommentStatus, "approved" | "pending">;

export const outboxStatuses = ["queued", "sent", "failed"] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];

/** Why a reader reports a comment. */
export const reportReasons = ["spam", "abuse", "off_topic", "other"] as const;
export type ReportReason = (typeof reportReasons)[number];

/** A dated note at a story's foot: a correction of a mistake, or an update with news. */
export const storyNoteKinds = ["correction", "update"] as const;
export type StoryNoteKind = (typeof storyNoteKinds)[number];

const isOneOf =
  <Status extends string>(statuses: readonly Status[]) =>
  (value: unknown): value is Status =>
    typeof value === "string" && (statuses as readonly string[]).includes(value);

export const isStoryStatus = isOneOf(storyStatuses);
export const isCommentStatus = isOneOf(commentStatuses);
export const isOutboxStatus = isOneOf(outboxStatuses);
