import { z } from "zod";
import { recordId } from "../validation/record-id";
import type { FormState } from "../actions/form-state";
import { Refusal, refusals } from "../errors";
import { isQueueTab } from "./comment-queue";
import { isModerationAction, type ModerationAction } from "./moderation-actions";

const positiveIds = (values: string[]) => values.map(Number).filter((id) => recordId.safeParse(id).success);

/**
 * The queue's form: a button on one comment ("approve:12"), or Apply with an action for the
 * ticked ones. Refused when nothing is selected, then when no action is chosen.
 */
export const moderationForm = z
  .object({
    one: z.string().default(""),
    bulk: z.string().default(""),
    ids: z.array(z.string()).default([]),
    /** When the page was rendered (ms): comments their authors changed since are not approved unread. */
    readAt: z.string().default(""),
  })
  .transform(
    ({ one, bulk, ids, readAt }): { action: ModerationAction; ids: number[]; readAt: Date | null } => {
      const [action, selected] = one
        ? [one.split(":")[0], positiveIds([one.split(":")[1] ?? ""])]
        : [bulk, positiveIds(ids)];
      if (selected.length === 0) throw new Refusal("none-selected");
      if (!isModerationAction(action)) throw new Refusal("choose-action");
      const read = /^\d{13}$/.test(readAt) ? new Date(Number(readAt)) : null;
      return { action, ids: selected, readAt: read };
    },
  );

type Answered = Exclude<
  FormState<{ tab: string }, { action: ModerationAction; changed: number; unread: number }>,
  { status: "idle" }
>;

/** Back to the queue's tab, saying what was done or what was wrong. */
export function queueAddress(state: Answered): string {
  const back = new URLSearchParams({
    status: isQueueTab(state.values.tab) ? state.values.tab : "pending",
  });
  if (state.status === "done") {
    back.set("done", state.action);
    back.set("count", String(state.changed));
    if (state.unread > 0) back.set("unread", String(state.unread));
  } else back.set("problem", state.status === "refused" ? state.code : "choose-action");
  return `/admin/comments?${back}`;
}

/** The sentence for a `problem` code in the queue's address; made-up codes say nothing. */
export function queueProblem(code: string | undefined): string | undefined {
  return code === "none-selected" || code === "choose-action" ? refusals[code].message : undefined;
}
