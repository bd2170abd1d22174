"use server";

import type { FormAction } from "@/lib/actions/form-state";
import { redirect } from "next/navigation";
import { readerAction } from "@/lib/actions/reader-action";
import { signInToNewsroom, signOut } from "@/lib/auth/password-sign-in";
import type { SignInFormState } from "@/lib/auth/sign-in-form-state";
import { signInForm } from "@/lib/validation/sign-in";

/** Sign in: check the form, try the password under the lock-out rules, go on to the page asked for. */
export const signInAction: FormAction<SignInFormState> = readerAction({
  name: "newsroom sign-in",
  fields: ["email", "password"],
  secret: ["password"],
  maxValueLength: 254,
  schema: signInForm,
  run: signInToNewsroom,
});

export async function signOutAction(): Promise<void> {
  await signOut();
  redirect("/admin");
}
