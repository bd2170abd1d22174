/**
 * Every refusal Dateline answers with, readers and newsroom alike: the code decides the HTTP
 * status a form post is answered with and the sentence shown. Codes with a field name the
 * form field the sentence belongs under.
 */
export const refusals = {
  // Readers: Leave a Reply and Send this to a friend.
  "comments-closed": { status: 403, message: "Comments are closed." },
  "story-not-found": { status: 404, message: "This story does not exist or is no longer published." },
  "reply-target-invalid": {
    status: 400,
    message: "The comment you are replying to is not part of this story.",
  },
  "reply-too-deep": {
    status: 400,
    message: "This conversation is too deep to reply to; please reply further up.",
  },
  "posting-too-quickly": { status: 429, message: "You are posting comments too quickly. Slow down." },
  "duplicate-comment": {
    status: 409,
    message: "Duplicate comment detected; it looks as though you've already said that!",
  },
  "submitted-too-fast": {
    status: 429,
    message: "That was very quick. Please take a few seconds to read your comment, then post it again.",
  },
  "rejected-as-bot": { status: 400, message: "Your comment could not be posted." },
  "too-many-shares": { status: 429, message: "You have sent too many messages. Please try again later." },
  "recipient-blocked": { status: 403, message: "This address has asked not to receive shared stories." },
  "form-used": {
    status: 409,
    message:
      "This form had already been sent once, so it was not sent again. Please check it and send it again.",
  },
  "form-expired": { status: 400, message: "This form has expired. Please reload the page and try again." },
  "block-link-unknown": {
    status: 404,
    message: "This link is not one we sent. Please use the link in the email.",
  },
  "comment-not-found": { status: 404, message: "This comment does not exist or is no longer shown." },
  "already-reported": {
    status: 409,
    message: "You have already reported this comment. A moderator will look at it.",
  },
  "too-many-reports": {
    status: 429,
    message: "You have reported many comments in a short time. Please try again later.",
  },
  "edit-window-closed": {
    status: 403,
    message:
      "This comment can no longer be corrected here: a comment can be corrected for 10 minutes after it was posted, in the browser it was posted from.",
  },
  "comment-changed": {
    status: 409,
    message: "A moderator has just dealt with this comment, so your correction was not saved.",
  },
  "editing-too-quickly": {
    status: 429,
    message: "You have corrected this comment many times in a short while. Please wait a minute.",
  },
  "service-unavailable": {
    status: 503,
    message: "Sorry, we could not do that just now. Please try again in a few minutes.",
  },
  // Any form whose post fails checks on no field it shows (a tampered hidden field); a field's
  // own failure is said beside it instead.
  "invalid-input": {
    status: 422,
    message: "This form could not be read. Please reload the page and try again.",
  },
  // The newsroom.
  "signed-out": { status: 401, message: "Please sign in to the newsroom." },
  forbidden: { status: 403, message: "Your role does not allow this. Ask an admin if you need it." },
  "sign-in-invalid": { status: 400, message: "Invalid email or password." },
  "sign-in-locked": {
    status: 429,
    message: "Too many failed sign-in attempts. Please wait 15 minutes and try again.",
  },
  "story-gone": { status: 404, message: "This story no longer exists." },
  "story-conflict": {
    status: 409,
    message:
      "Someone else saved this story after you opened it, so your changes were not saved. Your version is below: copy what you need, then reload the story to see theirs.",
  },
  "section-missing": { status: 422, field: "section", message: "Choose a section." },
  "revision-gone": { status: 404, message: "This revision of the story does not exist." },
  "revision-unreadable": {
    status: 409,
    message: "This revision cannot be restored: it was kept in a form this version cannot read.",
  },
  "photo-missing": { status: 422, field: "photo", message: "Choose a photograph to upload." },
  "photo-too-large": { status: 413, field: "photo", message: "The photograph is larger than 15 MB." },
  "photo-unreadable": {
    status: 422,
    field: "photo",
    message: "This file is not a JPEG, PNG, WebP or AVIF photograph.",
  },
  "photo-too-many-pixels": {
    status: 422,
    field: "photo",
    message: "The photograph has more than 50 megapixels. Please upload a smaller one.",
  },
  "note-needs-published-story": {
    status: 409,
    message: "Corrections and updates are added to published stories. Publish the story first.",
  },
  "slug-taken": {
    status: 409,
    field: "slug",
    message: "Another story already uses this slug. Choose another.",
  },
  "schedule-not-future": {
    status: 422,
    field: "publishAt",
    message: "To schedule the story, choose a publication time in the future.",
  },
  "comment-gone": { status: 404, message: "This comment no longer exists." },
  "comment-text-invalid": {
    status: 422,
    field: "text",
    message: "Write the text, at most 5,000 characters.",
  },
  "none-selected": { status: 400, message: "Select at least one comment, then apply the action." },
  "choose-action": { status: 400, message: "Choose an action to apply." },
  "reply-needs-approval": { status: 400, message: "Approve the comment before replying to it." },
  "reply-already-sent": { status: 409, message: "You have already sent this reply." },
  "email-not-failed": { status: 409, message: "Only failed emails can be retried." },
  // Newsroom accounts: sign-in, password reset, invitations and the staff page.
  "account-disabled": {
    status: 403,
    message: "This account has been disabled. Ask an admin of the newsroom if you need it again.",
  },
  "reset-requests-limited": {
    status: 429,
    message: "Too many reset links have been asked for from here. Please wait an hour and try again.",
  },
  "reset-link-invalid": {
    status: 410,
    message:
      "This link has expired or has already been used. Ask for a new one with “Forgot your password?” on the sign-in page.",
  },
  "new-password-limited": {
    status: 429,
    message: "Too many attempts from here. Please wait an hour and try again.",
  },
  "invitation-invalid": {
    status: 410,
    message:
      "This invitation has expired or has already been used. Ask an admin of the newsroom to send a new one.",
  },
  "staff-email-taken": {
    status: 409,
    field: "email",
    message: "Someone in the newsroom already has this address, so no invitation was sent.",
  },
  "staff-not-found": { status: 404, message: "This person is not on the staff list." },
  "last-admin": {
    status: 409,
    message:
      "This is the last active admin, so the newsroom would have nobody to manage staff. Make someone else an admin first.",
  },
  "not-invited": { status: 409, message: "This person has already accepted their invitation." },
} as const satisfies Record<string, { status: number; message: string; field?: string }>;

export type RefusalCode = keyof typeof refusals;

/** A request refused for a reason the visitor or editor caused or can fix; its message is safe to show. */
export class Refusal extends Error {
  readonly status: number;
  /** The form field the message belongs under, if it is about one. */
  readonly field: string | undefined;

  /** `detail` is a field's own sentence from its schema ("Comment is required."), said instead of the table's. */
  constructor(
    readonly code: RefusalCode,
    detail?: string,
  ) {
    const refusal: { status: number; message: string; field?: string } = refusals[code];
    super(detail ?? refusal.message);
    this.name = "Refusal";
    this.status = refusal.status;
    this.field = refusal.field;
  }
}
