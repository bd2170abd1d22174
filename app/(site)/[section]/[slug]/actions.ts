"use server";

import type { FormAction } from "@/lib/actions/form-state";
import { readerAction } from "@/lib/actions/reader-action";
import { leaveReply } from "@/lib/comments/leave-reply";
import { replyFields, type ReplyFormState } from "@/lib/comments/reply-form-state";
import { shareFields, type ShareFormState } from "@/lib/sharing/share-form-state";
import { sendToFriend } from "@/lib/sharing/send-to-friend";
import { commentInput } from "@/lib/validation/comment";
import { shareInput } from "@/lib/validation/share";

/** Leave a Reply. */
export const leaveReplyAction: FormAction<ReplyFormState> = readerAction({
  name: "leave a reply",
  fields: replyFields,
  kept: ["parentId", "remember"],
  schema: commentInput,
  unreadable: "story-not-found",
  run: leaveReply,
});

/** Send this to a friend. */
export const shareStoryAction: FormAction<ShareFormState> = readerAction({
  name: "share",
  fields: shareFields,
  schema: shareInput,
  unreadable: "story-not-found",
  run: sendToFriend,
});
