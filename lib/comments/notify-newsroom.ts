import "server-only";

export type CommentNotice = { commentId: number; storySlug: string; status: string; reason: string };

/**
 * Tells the newsroom about a new comment, and especially one held for review.
 *
 * Seam: the email outbox arrives with the share-by-email issue; until then this logs the
 * notice (ids and the rule only, no personal data) and the delivery worker will replace the
 * body of this one function with an outbox row written in the comment's transaction.
 */
export async function notifyNewsroom(notice: CommentNotice): Promise<void> {
  console.info(
    `comment ${notice.commentId} on ${notice.storySlug}: ${notice.status} (${notice.reason})${
      notice.status === "pending" ? " - awaiting moderation" : ""
    }`,
  );
}
