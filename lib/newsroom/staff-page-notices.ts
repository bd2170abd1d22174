import type { AnyFormState } from "../actions/form-state";
import { refusals, type RefusalCode } from "../errors";

/** What the staff page can say after one of its per-person buttons. */
const doneNotices = {
  "role-changed": "Role changed. It applies from their next page.",
  disabled: "Account disabled. They have been signed out everywhere.",
  enabled: "Account enabled. They can sign in with their password again.",
  "invitation-sent": "A new invitation has been emailed. The earlier link no longer works.",
} as const;

export type StaffPageDone = keyof typeof doneNotices;

// Only the staff page's own refusals may be named in its address.
const staffRefusals = ["last-admin", "staff-not-found", "not-invited", "invalid-input"] as const;

/** The staff page's address after a button: what happened, or why not, and whose row it was. */
export function staffPageAddress(
  done: StaffPageDone,
  state: Exclude<AnyFormState, { status: "idle" }>,
): string {
  const params = new URLSearchParams();
  if (state.status === "done") params.set("done", done);
  else params.set("refused", state.status === "refused" ? state.code : "invalid-input");
  return `/admin/staff?${params}`;
}

/** The notice for the staff page's address; anything not ours says nothing. */
export function staffPageNotice(query: {
  done?: unknown;
  refused?: unknown;
}): { message: string; tone: "done" | "problem" } | null {
  if (typeof query.done === "string" && query.done in doneNotices)
    return { message: doneNotices[query.done as StaffPageDone], tone: "done" };
  if (typeof query.refused === "string" && (staffRefusals as readonly string[]).includes(query.refused))
    return { message: refusals[query.refused as RefusalCode].message, tone: "problem" };
  return null;
}
