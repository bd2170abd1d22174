import type { FormState } from "../actions/form-state";

/** The one-button form behind a reply email's links: which link, and its token. */
export type ReplyEmailsFormState = FormState<{ token: string; choice: string }>;

export type ReplyEmailsChoice = "confirm" | "stop";
