import "server-only";
import type { z } from "zod";
import { currentStaff } from "../auth/current-staff";
import { authorize, type Permission, type Staff } from "../auth/roles";
import type { Database } from "../database/create-client";
import { db } from "../db";
import type { AnyFormState, FormAction } from "./form-state";
import { formAction, type FormSpec } from "./form-action";

/** What a newsroom form post brings to its use case: the database and who is signed in. */
export type NewsroomContext = { db: Database; staff: Staff };

/**
 * A newsroom form: nobody signed in goes to the sign-in, a role without the permission gets
 * 403, before the post is read. The use case checks the permission again, as its own rule.
 */
export function newsroomAction<State extends AnyFormState, Schema extends z.ZodType>(
  permission: Permission,
  spec: FormSpec<State, Schema, NewsroomContext>,
): FormAction<State> {
  return formAction(
    {
      open: async () => {
        const staff = await currentStaff();
        authorize(staff, permission);
        return { db, staff };
      },
      unexpected: "throw",
    },
    spec,
  );
}
