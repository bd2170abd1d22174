"use server";

import { z } from "zod";
import { recordId } from "@/lib/validation/record-id";
import { redirectAfter } from "@/lib/actions/form-action";
import { newsroomAction } from "@/lib/actions/newsroom-action";
import { retryOutboxMessage } from "@/lib/newsroom/outbox";
import { positiveInteger } from "@/lib/validation/query-params";

/** Retry a failed email; back to its page with the outcome. */
export const retryEmailAction = redirectAfter(
  newsroomAction("outbox", {
    name: "retry email",
    fields: ["id"],
    schema: z.object({ id: recordId }),
    run: async ({ id }, { db, staff }) => {
      await retryOutboxMessage(db, staff, id);
      return {};
    },
  }),
  (state) =>
    `/admin/outbox/${positiveInteger(state.values.id) ?? ""}?retry=${state.status === "done" ? "queued" : "not-failed"}`,
);
