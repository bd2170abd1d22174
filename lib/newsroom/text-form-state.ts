/** A one-field newsroom form (edit a comment, reply to it) after a post; the text is kept on errors. */
export type TextFormState = { status: "idle" | "saved" | "invalid"; text: string; message?: string };
