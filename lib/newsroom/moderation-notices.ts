import type { ModerationAction } from "./moderation-actions";

const done: Record<ModerationAction, string> = {
  approve: "approved",
  dismiss: "kept, their reports dismissed",
  spam: "marked as spam",
  trash: "moved to the trash",
  restore: "restored to Pending",
  delete: "deleted permanently",
  feature: "featured in Editors' picks",
  unfeature: "taken out of Editors' picks",
};

/** The sentence after a moderation action, from the codes in the address (never free text from it). */
export function moderationNotice(action: ModerationAction, count: number): string {
  const what = count === 1 ? "1 comment" : `${count} comments`;
  return count === 0
    ? "Nothing changed: the action does not apply to the selected comments."
    : `${what} ${done[action]}.`;
}

/** After an approval that left out comments their authors corrected after the page was read. */
export function unreadNotice(count: number): string | undefined {
  if (count === 0) return undefined;
  const what = count === 1 ? "1 comment was" : `${count} comments were`;
  return `${what} corrected by ${count === 1 ? "its author" : "their authors"} after you opened this page, so ${count === 1 ? "it was" : "they were"} not approved: read ${count === 1 ? "it" : "them"} again.`;
}
