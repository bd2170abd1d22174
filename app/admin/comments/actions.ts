"use server";

import type { FormAction } from "@/lib/actions/form-state";
import { z } from "zod";
import { recordId } from "@/lib/validation/record-id";
import { redirectAfter } from "@/lib/actions/form-action";
import { newsroomAction } from "@/lib/actions/newsroom-action";
import { revalidateStoryComments } from "@/lib/cache/revalidate-reader-pages";
import { editCommentText, moderateComments, replyAsNewsroom } from "@/lib/newsroom/moderate-comments";
import { moderationForm, queueAddress } from "@/lib/newsroom/moderation-form";
import type { TextFormState } from "@/lib/newsroom/text-form-state";
import { commentBody } from "@/lib/validation/comment";
import { siteReplyMail } from "@/lib/comments/site-reply-mail";

/**
 * The queue's one form: a button on a comment ("approve:12") acts on that comment, Apply acts
 * on the ticked ones. Back to the same tab with a notice named by codes.
 */
export const moderateAction = redirectAfter(
  newsroomAction("comments", {
    name: "moderate comments",
    fields: ["tab"],
    schema: moderationForm,
    lists: ["ids"],
    run: async (choice, { db, staff }) => {
      const result = await moderateComments(db, staff, choice, siteReplyMail());
      await revalidateStoryComments(db, result.storyIds);
      return { action: choice.action, changed: result.changed, unread: result.unread };
    },
  }),
  queueAddress,
);

const commentText = z.object({ id: recordId, text: commentBody });

/** Saves a moderator's edit of a comment's text. */
export const editCommentAction: FormAction<TextFormState> = newsroomAction("comments", {
  name: "edit comment",
  fields: ["text"],
  schema: commentText,
  run: async (edit, { db, staff }) => {
    await revalidateStoryComments(db, (await editCommentText(db, staff, edit)).storyIds);
    return { message: "The comment's text was saved." };
  },
});

/** Posts the newsroom's reply under a comment. */
export const replyAsNewsroomAction: FormAction<TextFormState> = newsroomAction("comments", {
  name: "newsroom reply",
  fields: ["text"],
  schema: commentText,
  run: async ({ id, text }, { db, staff }) => {
    await revalidateStoryComments(
      db,
      (await replyAsNewsroom(db, staff, { parentId: id, text }, siteReplyMail())).storyIds,
    );
    return { message: "Your reply is published with a staff badge.", values: { text: "" } };
  },
});
