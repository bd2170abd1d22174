import type { FormState } from "../actions/form-state";

/** The sign-in form after a post: the email is kept, the password never is. */
export type SignInFormState = FormState<{ email: string; password?: string }>;
