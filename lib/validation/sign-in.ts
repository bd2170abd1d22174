import { z } from "zod";

export const signInInput = z.object({
  email: z.string().trim().min(1, "Enter your email address.").max(254, "Enter your email address."),
  password: z.string().min(1, "Enter your password.").max(1024, "Invalid email or password."),
});

/** The sign-in form's whole post: the credentials and where to go after. */
export const signInForm = signInInput.extend({ next: z.unknown().transform(newsroomDestination) });

/** Where to go after signing in: a newsroom page, never another site. */
export function newsroomDestination(value: unknown): string {
  return typeof value === "string" && /^\/admin(\/[\w\-/]*)?(\?[\w=&%-]*)?$/.test(value) ? value : "/admin";
}
