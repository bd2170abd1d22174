/**
 * Every action the audit log records, by kind, with how the log names it. One list, so the
 * log's filter, its labels and the writers agree.
 */
export const auditActions = {
  "story.draft": "Saved a draft",
  "story.publish": "Published or updated",
  "story.schedule": "Scheduled",
  "story.unpublish": "Unpublished",
  "story.restore": "Restored a revision",
  "story.import": "Imported",
  "story.publish-scheduled": "Published at its scheduled time",
  "story.correction": "Added a correction",
  "story.update": "Added an update",
  "story.photo": "Changed the lead photograph",
  "comment.approve": "Approved a comment",
  "comment.spam": "Marked a comment as spam",
  "comment.trash": "Trashed a comment",
  "comment.restore": "Restored a comment",
  "comment.delete": "Deleted a comment",
  "comment.dismiss": "Kept a reported comment",
  "comment.feature": "Featured a comment",
  "comment.unfeature": "Unfeatured a comment",
  "comment.edit": "Edited a comment",
  "comment.reply": "Replied as the newsroom",
  "settings.comments": "Changed the comment settings",
  "page.save": "Saved a site page",
  "email.retry": "Retried an email",
  "privacy.export": "Exported a person's data",
  "privacy.erase": "Erased a person",
  "staff.invite": "Invited a member of staff",
  "staff.role": "Changed a role",
  "staff.disable": "Disabled an account",
  "staff.enable": "Enabled an account",
} as const;
export type AuditAction = keyof typeof auditActions;

/** The log's filter: the part of the newsroom an action belongs to. */
export const auditKinds = {
  story: "Stories",
  comment: "Comments",
  staff: "Staff",
  privacy: "Privacy",
  settings: "Settings and pages",
} as const;
export type AuditKind = keyof typeof auditKinds;

export function auditKindOf(action: AuditAction): AuditKind {
  const prefix = action.slice(0, action.indexOf("."));
  return prefix === "page" || prefix === "email" ? "settings" : (prefix as AuditKind);
}

export function isAuditAction(value: string): value is AuditAction {
  return value in auditActions;
}

export function isAuditKind(value: unknown): value is AuditKind {
  return typeof value === "string" && value in auditKinds;
}
