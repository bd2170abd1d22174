import "server-only";
import type { ReaderContext } from "../actions/reader-action";
import { revalidateStoryComments } from "../cache/revalidate-reader-pages";
import { env } from "../env";
import { commentEditPath, storyPath } from "../articles/story-paths";
import { formatClockTime } from "../dates/format-date";
import { allowCorrection } from "./correct-own-comment";
import { EDIT_WINDOW_MS } from "./edit-token";
import type { CommentInput } from "../validation/comment";
import { createComment } from "./create-comment";
import { heldBecause } from "./held-reason";
import { siteReplyMail } from "./site-reply-mail";
import { takeCommentTurn } from "./flood-limit";
import type { PostedPreview } from "./reply-form-state";

/** Leave a Reply as the site runs it: this process's flood limit and newsroom address, then fresh pages. */
export async function leaveReply(
  input: CommentInput,
  { db, ip, formSecret }: ReaderContext,
): Promise<{ comment: PostedPreview; values: { comment: string; parentId: string; notify: string } }> {
  const posted = await createComment(db, input, {
    ip,
    secret: formSecret,
    takeTurn: takeCommentTurn,
    newsroom: env.NEWSROOM_EMAIL
      ? { email: env.NEWSROOM_EMAIL, mailFrom: env.MAIL_FROM, siteUrl: env.siteUrl }
      : undefined,
    replyMail: siteReplyMail(),
  });
  if (posted.status === "approved") await revalidateStoryComments(db, [posted.storyId]);
  await allowCorrection(
    posted.id,
    posted.createdAt,
    formSecret,
    commentEditPath(storyPath(posted.sectionSlug, posted.storySlug), posted.id),
  );
  // For the server log: ids and the deciding rule, no personal data.
  console.info(`comment ${posted.id} on ${posted.storySlug}: ${posted.status} (${posted.reason})`);
  return {
    values: { comment: "", parentId: "", notify: "" },
    comment: {
      id: posted.id,
      authorName: posted.authorName,
      authorUrl: posted.authorUrl,
      body: posted.body,
      createdAt: posted.createdAt.toISOString(),
      status: posted.status,
      heldBecause: posted.status === "pending" ? heldBecause(posted.reason, posted.body) : null,
      editableUntil: formatClockTime(
        new Date(posted.createdAt.getTime() + EDIT_WINDOW_MS),
        env.SITE_TIMEZONE,
      ),
      notify: input.notify,
    },
  };
}
