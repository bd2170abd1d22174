"use server";

import { redirect } from "next/navigation";
import { currentStaff } from "@/lib/auth/current-staff";
import { answerNotAllowed } from "@/lib/auth/not-allowed";
import { db } from "@/lib/db";
import { NewsroomError } from "@/lib/newsroom/newsroom-error";
import { retryOutboxMessage } from "@/lib/newsroom/outbox";

/** Retry a failed email; back to its page with the outcome. */
export async function retryEmailAction(form: FormData): Promise<void> {
  const id = Number(form.get("id"));
  let outcome = "queued";
  try {
    await retryOutboxMessage(db, await currentStaff(), id);
  } catch (error) {
    answerNotAllowed(error);
    if (!(error instanceof NewsroomError)) throw error;
    outcome = "not-failed";
  }
  redirect(`/admin/outbox/${Number.isSafeInteger(id) && id > 0 ? id : ""}?retry=${outcome}`);
}
