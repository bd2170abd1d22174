import "server-only";
import { forbidden, redirect } from "next/navigation";
import { NotAllowedError } from "./roles";

/** For newsroom form actions: a refused request goes to the sign-in or gets 403; other errors pass on. */
export function answerNotAllowed(error: unknown): void {
  if (!(error instanceof NotAllowedError)) return;
  if (error.reason === "signed-out") redirect("/admin");
  forbidden();
}
