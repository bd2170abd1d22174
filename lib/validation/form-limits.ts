// The readers' forms' field names and lengths, apart from their zod schemas (comment.ts,
// share.ts) so the browser's forms can read them without loading the validation library.

export const COMMENT_LIMITS = { name: 245, email: 100, website: 200, comment: 5000 } as const;
export type CommentField = "comment" | "name" | "email" | "website";

export const SHARE_LIMITS = { name: 100, message: 300 } as const;
export type ShareField = "recipient" | "senderName" | "senderEmail" | "message";

export const REPORT_LIMITS = { note: 500 } as const;
export type ReportField = "reason" | "note";
