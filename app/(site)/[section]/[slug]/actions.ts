"use server";

import type { FormAction } from "@/lib/actions/form-state";
import { readerAction } from "@/lib/actions/reader-action";
import { leaveReply } from "@/lib/comments/leave-reply";
import { replyFields, type ReplyFormState } from "@/lib/comments/reply-form-state";
import { reportFields, type ReportFormState } from "@/lib/comments/report-form-state";
import { sendReport } from "@/lib/comments/send-report";
import { reportInput } from "@/lib/validation/report";
import { shareFields, type ShareFormState } from "@/lib/sharing/share-form-state";
import { sendToFriend } from "@/lib/sharing/send-to-friend";
import { commentInput, correctionInput } from "@/lib/validation/comment";
import { correctOwnComment } from "@/lib/comments/correct-own-comment";
import type { CorrectionFormState } from "@/lib/comments/correction-form-state";
import { shareInput } from "@/lib/validation/share";

/** Leave a Reply. */
export const leaveReplyAction: FormAction<ReplyFormState> = readerAction({
  name: "leave a reply",
  fields: replyFields,
  kept: ["parentId", "remember", "notify"],
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

/** Report this comment. */
export const reportCommentAction: FormAction<ReportFormState> = readerAction({
  name: "report a comment",
  fields: reportFields,
  schema: reportInput,
  unreadable: "comment-not-found",
  run: sendReport,
});

/** The author corrects their comment in the edit window. */
export const correctCommentAction: FormAction<CorrectionFormState> = readerAction({
  name: "correct a comment",
  fields: ["comment"],
  kept: ["commentId"],
  schema: correctionInput,
  unreadable: "comment-not-found",
  run: correctOwnComment,
});
