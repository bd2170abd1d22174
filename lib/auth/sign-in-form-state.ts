import type { SignInField } from "../validation/sign-in";

/** The sign-in form after a post: the email is kept, the password never is. */
export type SignInFormState = {
  status: "idle" | "invalid" | "refused";
  email: string;
  fieldErrors?: Partial<Record<SignInField, string>>;
  message?: string;
};

export const signInMessages = {
  invalid: "Invalid email or password.",
  locked: "Too many failed sign-in attempts. Please wait 15 minutes and try again.",
} as const;
