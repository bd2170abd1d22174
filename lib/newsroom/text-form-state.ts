import type { FormState } from "../actions/form-state";

/** A one-field newsroom form (edit a comment, reply to it) after a post; the text is kept on errors. */
export type TextFormState = FormState<{ text: string }, { message: string }>;
