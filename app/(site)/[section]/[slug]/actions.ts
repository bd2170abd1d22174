"use server";

import { revalidatePath } from "next/cache";
import { pathsShowingComments, storyPath } from "@/lib/articles/story-paths";
import { THREADS_PER_PAGE } from "@/lib/comments/comment-view";
import { countThreads } from "@/lib/comments/list-comments";
import { createComment } from "@/lib/comments/create-comment";
import { takeCommentTurn } from "@/lib/comments/flood-limit";
import { formSecret } from "@/lib/comments/form-secret";
import { notifyNewsroom } from "@/lib/comments/notify-newsroom";
import { fieldErrorsFrom, valuesFrom, type ReplyFormState } from "@/lib/comments/reply-form-state";
import { db } from "@/lib/db";
import { ReaderError, readerMessages } from "@/lib/errors";
import { clientIp } from "@/lib/request/client-ip";
import { commentInput } from "@/lib/validation/comment";

/** Leave a Reply: parse, post through the use case, revalidate the story when others can see it. */
export async function leaveReplyAction(_previous: ReplyFormState, form: FormData): Promise<ReplyFormState> {
  const values = valuesFrom(form);
  const parsed = commentInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error);
    // Problems outside the four fields (a tampered story id) still deserve a sentence.
    const message = Object.keys(fieldErrors).length ? undefined : readerMessages["story-not-found"];
    return { status: "invalid", values, fieldErrors, message };
  }

  let posted;
  try {
    posted = await createComment(db, parsed.data, {
      ip: await clientIp(),
      secret: formSecret(),
      takeTurn: takeCommentTurn,
    });
  } catch (error) {
    if (error instanceof ReaderError) return { status: "refused", values, message: error.message };
    console.error("leave a reply failed:", error);
    return { status: "refused", values, message: readerMessages["service-unavailable"] };
  }

  if (posted.status === "approved") {
    const href = storyPath(posted.sectionSlug, posted.storySlug);
    for (const path of pathsShowingComments(href, await countThreads(posted.storyId), THREADS_PER_PAGE)) {
      revalidatePath(path);
    }
  }
  await notifyNewsroom({
    commentId: posted.id,
    storySlug: posted.storySlug,
    status: posted.status,
    reason: posted.reason,
  });
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
