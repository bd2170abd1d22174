"use server";

import { db } from "@/lib/db";
import { blockRecipient } from "@/lib/sharing/block-recipient";

/** Stores the block; a POST, so that link scanners opening the email's link do not block anyone. */
export async function blockRecipientAction(token: string): Promise<{ done: boolean }> {
  return { done: await blockRecipient(db, token) };
}
