import type { FormState } from "../actions/form-state";
import type { PostedStatus } from "../statuses";

/** The author's correction form: the text, and which comment (a hidden field). */
export type CorrectionFormValues = { comment: string; commentId: string };

/** After a save: whether readers see the corrected comment, or why it waits. */
export type CorrectionFormState = FormState<
  CorrectionFormValues,
  { outcome: { status: PostedStatus; heldBecause: string | null } }
>;
