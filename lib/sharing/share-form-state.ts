import type { FormState } from "../actions/form-state";
import type { ShareField } from "../validation/form-limits";

export type ShareFormValues = Record<ShareField, string>;

/** Send this to a friend after a post: when done, to whom it goes. */
export type ShareFormState = FormState<ShareFormValues, { recipient: string }>;

export const shareFields = [
  "recipient",
  "senderName",
  "senderEmail",
  "message",
] as const satisfies readonly ShareField[];

export const emptyShareValues: ShareFormValues = {
  recipient: "",
  senderName: "",
  senderEmail: "",
  message: "",
};
