import type { PostedStatus } from "../statuses";
import type { FormState } from "../actions/form-state";
import type { CommentField } from "../validation/form-limits";

/** What the reader typed, handed back so the form never loses it. */
export type ReplyFormValues = Record<CommentField | "parentId" | "remember" | "notify", string>;

/** A just-posted comment as its author sees it in the response to their post. */
export type PostedPreview = {
  id: number;
  authorName: string;
  authorUrl: string | null;
  body: string;
  createdAt: string;
  status: PostedStatus;
  /** Why a held comment waits ("because it is your first comment here"), or null. */
  heldBecause: string | null;
  /** "14:32 CET": until when this browser can correct it. */
  editableUntil: string;
  /** The author ticked "Email me replies". */
  notify: boolean;
};

/** Leave a Reply after a post: when done, the comment as posted. */
export type ReplyFormState = FormState<ReplyFormValues, { comment: PostedPreview }>;

export const replyFields = ["comment", "name", "email", "website"] as const satisfies readonly CommentField[];

export const emptyValues: ReplyFormValues = {
  comment: "",
  name: "",
  email: "",
  website: "",
  parentId: "",
  /** "on" when "Save my name, email, and website" was ticked: kept ticked for the next post. */
  remember: "",
  /** "on" when "Email me replies" was ticked. */
  notify: "",
};
