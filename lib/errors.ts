/** Codes for what a reader can get wrong or run into; each has the sentence they are shown. */
export const readerMessages = {
  "comments-closed": "Comments are closed.",
  "story-not-found": "This story does not exist or is no longer published.",
  "reply-target-invalid": "The comment you are replying to is not part of this story.",
  "reply-too-deep": "This conversation is too deep to reply to; please reply further up.",
  "posting-too-quickly": "You are posting comments too quickly. Slow down.",
  "duplicate-comment": "Duplicate comment detected; it looks as though you've already said that!",
  "submitted-too-fast":
    "That was very quick. Please take a few seconds to read your comment, then post it again.",
  "rejected-as-bot": "Your comment could not be posted.",
  "too-many-shares": "You have sent too many messages. Please try again later.",
  "recipient-blocked": "This address has asked not to receive shared stories.",
  "form-expired": "This form has expired. Please reload the page and try again.",
  "service-unavailable": "Sorry, we could not save your comment just now. Please try again in a few minutes.",
} as const;

export type ReaderErrorCode = keyof typeof readerMessages;

/** A refusal the reader caused or can fix; its message is safe to show. */
export class ReaderError extends Error {
  constructor(
    readonly code: ReaderErrorCode,
    /** HTTP status that fits, for responses where a status is visible. */
    readonly status: number = 400,
  ) {
    super(readerMessages[code]);
    this.name = "ReaderError";
  }
}

/**
 * The sentence to show for a failed reader action: a ReaderError's own message, or, for
 * anything unexpected, a plain apology while the detail goes to the server log.
 */
export function refusalMessage(error: unknown, action: string): string {
  if (error instanceof ReaderError) return error.message;
  console.error(`${action} failed:`, error);
  return readerMessages["service-unavailable"];
}

/** The HTTP status that fits a failed reader action: the ReaderError's own, or 503 for the unexpected. */
export function refusalStatus(error: unknown): number {
  return error instanceof ReaderError ? error.status : 503;
}
