"use server";

import { redirect } from "next/navigation";
import { currentStaff } from "@/lib/auth/current-staff";
import { answerNotAllowed } from "@/lib/auth/not-allowed";
import { revalidateStoryComments } from "@/lib/cache/revalidate-reader-pages";
import { db } from "@/lib/db";
import { isCommentStatus } from "@/lib/newsroom/comment-queue";
import { editCommentText, moderateComments, replyAsNewsroom } from "@/lib/newsroom/moderate-comments";
import { isModerationAction } from "@/lib/newsroom/moderation-actions";
import { NewsroomError } from "@/lib/newsroom/newsroom-error";
import type { TextFormState } from "@/lib/newsroom/text-form-state";

const ids = (values: FormDataEntryValue[]) =>
  values.map(Number).filter((id) => Number.isSafeInteger(id) && id > 0);

/**
 * The queue's one form: a button on a comment ("approve:12") acts on that comment, Apply acts
 * on the ticked ones. Back to the same tab with a notice named by codes.
 */
export async function moderateAction(form: FormData): Promise<void> {
  const tab = isCommentStatus(form.get("tab")) ? String(form.get("tab")) : "pending";
  const single = String(form.get("one") ?? "");
  const [action, selected] = single
    ? [single.split(":")[0], ids([single.split(":")[1] ?? ""])]
    : [form.get("bulk"), ids(form.getAll("ids"))];
  const back = new URLSearchParams({ status: tab });
  try {
    if (!isModerationAction(action)) throw new NewsroomError("choose-action");
    const result = await moderateComments(db, await currentStaff(), { ids: selected, action });
    await revalidateStoryComments(result.storyIds);
    back.set("done", action);
    back.set("count", String(result.changed));
  } catch (error) {
    answerNotAllowed(error);
    if (!(error instanceof NewsroomError)) throw error;
    back.set("problem", selected.length === 0 ? "none-selected" : "choose-action");
  }
  redirect(`/admin/comments?${back}`);
}

/** Saves a moderator's edit of a comment's text. */
export async function editCommentAction(_previous: TextFormState, form: FormData): Promise<TextFormState> {
  const text = String(form.get("text") ?? "").slice(0, 10_000);
  try {
    const result = await editCommentText(db, await currentStaff(), { id: Number(form.get("id")), text });
    await revalidateStoryComments(result.storyIds);
    return { status: "saved", text, message: "The comment's text was saved." };
  } catch (error) {
    answerNotAllowed(error);
    if (error instanceof NewsroomError) return { status: "invalid", text, message: error.message };
    throw error;
  }
}

/** Posts the newsroom's reply under a comment. */
export async function replyAsNewsroomAction(
  _previous: TextFormState,
  form: FormData,
): Promise<TextFormState> {
  const text = String(form.get("text") ?? "").slice(0, 10_000);
  try {
    const result = await replyAsNewsroom(db, await currentStaff(), {
      parentId: Number(form.get("id")),
      text,
    });
    await revalidateStoryComments(result.storyIds);
    return { status: "saved", text: "", message: "Your reply is published with a staff badge." };
  } catch (error) {
    answerNotAllowed(error);
    if (error instanceof NewsroomError) return { status: "invalid", text, message: error.message };
    throw error;
  }
}
