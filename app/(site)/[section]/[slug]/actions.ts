"use server";

import { revalidateStoryComments } from "@/lib/cache/revalidate-reader-pages";
import { createComment } from "@/lib/comments/create-comment";
import { takeCommentTurn } from "@/lib/comments/flood-limit";
import { formSecret } from "@/lib/comments/form-secret";
import { fieldErrorsFrom, valuesFrom, type ReplyFormState } from "@/lib/comments/reply-form-state";
import { db } from "@/lib/db";
import { readerMessages, refusalMessage, refusalStatus } from "@/lib/errors";

import { env } from "@/lib/env";
import { shareErrorsFrom, shareValuesFrom, type ShareFormState } from "@/lib/sharing/share-form-state";
import { shareStory } from "@/lib/sharing/share-story";
import { takeShareTurnNow } from "@/lib/sharing/share-turn";
import { shareInput } from "@/lib/validation/share";
import { clientIp } from "@/lib/request/client-ip";
import { commentInput } from "@/lib/validation/comment";
import { answerWithStatus } from "@/lib/request/response-status";

/** Leave a Reply: parse, post through the use case, revalidate the story when others can see it. */
export async function leaveReplyAction(_previous: ReplyFormState, form: FormData): Promise<ReplyFormState> {
  const values = valuesFrom(form);
  const parsed = commentInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error);
    // Problems outside the four fields (a tampered story id) still deserve a sentence.
    const message = Object.keys(fieldErrors).length ? undefined : readerMessages["story-not-found"];
    await answerWithStatus(422);
    return { status: "invalid", values, fieldErrors, message };
  }

  let posted;
  try {
    posted = await createComment(db, parsed.data, {
      ip: await clientIp(),
      secret: formSecret(),
      takeTurn: takeCommentTurn,
      newsroom: env.NEWSROOM_EMAIL
        ? { email: env.NEWSROOM_EMAIL, mailFrom: env.MAIL_FROM, siteUrl: env.siteUrl }
        : undefined,
    });
  } catch (error) {
    await answerWithStatus(refusalStatus(error));
    return { status: "refused", values, message: refusalMessage(error, "leave a reply") };
  }

  if (posted.status === "approved") await revalidateStoryComments([posted.storyId]);
  // For the server log: ids and the deciding rule, no personal data.
  console.info(`comment ${posted.id} on ${posted.storySlug}: ${posted.status} (${posted.reason})`);
  return {
    status: "posted",
    values: { ...values, comment: "", parentId: "" },
    comment: {
      id: posted.id,
      authorName: posted.authorName,
      authorUrl: posted.authorUrl,
      body: posted.body,
      createdAt: posted.createdAt.toISOString(),
      status: posted.status,
    },
  };
}

/** Send this to a friend: parse, queue the email through the use case, report to whom it goes. */
export async function shareStoryAction(_previous: ShareFormState, form: FormData): Promise<ShareFormState> {
  const values = shareValuesFrom(form);
  const parsed = shareInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    const fieldErrors = shareErrorsFrom(parsed.error);
    const message = Object.keys(fieldErrors).length ? undefined : readerMessages["story-not-found"];
    await answerWithStatus(422);
    return { status: "invalid", values, fieldErrors, message };
  }
  try {
    const { recipient, shareId, outboxId, storySlug } = await shareStory(db, parsed.data, {
      ip: await clientIp(),
      secret: formSecret(),
      siteUrl: env.siteUrl,
      siteName: env.SITE_NAME,
      mailFrom: env.MAIL_FROM,
      takeTurn: takeShareTurnNow,
    });
    // For the server log: ids only; the addresses stay in the database.
    console.info(
      `share ${shareId} of ${storySlug}: email queued as outbox message ${outboxId}` +
        (env.SMTP_URL ? "" : " (SMTP_URL is not set: it waits in the outbox)"),
    );
    return { status: "sent", values: { ...values, recipient: "", message: "" }, recipient };
  } catch (error) {
    await answerWithStatus(refusalStatus(error));
    return { status: "refused", values, message: refusalMessage(error, "share") };
  }
}
