import "server-only";
import type { z } from "zod";
import { formSecret } from "../comments/form-secret";
import type { Database } from "../database/create-client";
import { db } from "../db";
import { currentClientAddress } from "../request/client-address";
import type { AnyFormState, FormAction } from "./form-state";
import { formAction, type FormSpec } from "./form-action";

/** What a reader's form post brings to its use case: the database, the visitor's address, the form-token secret. */
export type ReaderContext = { db: Database; ip: string; formSecret: string };

/**
 * A form anyone may post (Leave a Reply, Send this to a friend, the sign-in). The use case
 * checks the form token itself, because a token's verdict can decide a comment's moderation.
 */
export function readerAction<State extends AnyFormState, Schema extends z.ZodType>(
  spec: FormSpec<State, Schema, ReaderContext>,
): FormAction<State> {
  return formAction(
    {
      open: async () => ({ db, ip: await currentClientAddress(), formSecret: formSecret() }),
      unexpected: "apologise",
    },
    spec,
  );
}
