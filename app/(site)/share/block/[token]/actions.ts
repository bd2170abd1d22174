"use server";

import type { FormAction } from "@/lib/actions/form-state";
import { z } from "zod";
import { readerAction } from "@/lib/actions/reader-action";
import { Refusal } from "@/lib/errors";
import { blockRecipient, type BlockFormState } from "@/lib/sharing/block-recipient";

/** Stores the block; a POST, so that link scanners opening the email's link do not block anyone. */
export const blockRecipientAction: FormAction<BlockFormState> = readerAction({
  name: "block shares",
  fields: [],
  kept: ["token"],
  schema: z.object({ token: z.string() }),
  unreadable: "block-link-unknown",
  run: async ({ token }, { db }) => {
    if (!(await blockRecipient(db, token))) throw new Refusal("block-link-unknown");
    return {};
  },
});
