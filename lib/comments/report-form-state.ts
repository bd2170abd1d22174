import type { FormState } from "../actions/form-state";
import type { ReportField } from "../validation/form-limits";

/** What the reader chose and typed, handed back so the form never loses it. */
export type ReportFormValues = Record<ReportField, string>;

/** "Report this comment" after a post: when done, whether the reports hid the comment. */
export type ReportFormState = FormState<ReportFormValues, { hidden: boolean }>;

export const reportFields = ["reason", "note"] as const satisfies readonly ReportField[];
