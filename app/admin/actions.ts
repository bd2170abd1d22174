"use server";

import { redirect } from "next/navigation";
import { signInWithPassword, signOut } from "@/lib/auth/password-sign-in";
import { signInMessages, type SignInFormState } from "@/lib/auth/sign-in-form-state";
import { answerWithStatus } from "@/lib/request/response-status";
import { fieldErrors } from "@/lib/validation/form-state";
import { newsroomDestination, signInInput } from "@/lib/validation/sign-in";

/** Sign in: check the form, try the password under the lock-out rules, go on to the page asked for. */
export async function signInAction(_previous: SignInFormState, form: FormData): Promise<SignInFormState> {
  const email = String(form.get("email") ?? "").slice(0, 254);
  const parsed = signInInput.safeParse({ email: form.get("email"), password: form.get("password") });
  if (!parsed.success) {
    await answerWithStatus(422);
    return {
      status: "invalid",
      email,
      fieldErrors: fieldErrors(parsed.error, ["email", "password"] as const),
    };
  }
  const outcome = await signInWithPassword(parsed.data);
  if (outcome !== "signed-in") {
    // For the server log: the outcome only; the account and address stay out of it.
    console.info(`newsroom sign-in: ${outcome}`);
    await answerWithStatus(outcome === "locked" ? 429 : 400);
    return { status: "refused", email, message: signInMessages[outcome] };
  }
  redirect(newsroomDestination(form.get("next")));
}

export async function signOutAction(): Promise<void> {
  await signOut();
  redirect("/admin");
}
