import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "@/components/admin/ForgotPasswordForm";
import { requestPasswordResetAction } from "../account-actions";

export const metadata: Metadata = { title: "Forgot your password?" };

/** Asks for the address of a newsroom account and emails it a link to choose a new password. */
export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">Forgot your password?</h1>
      <p className="mb-6 max-w-prose">
        Enter the email address you sign in with. We will email you a link to choose a new password.
      </p>
      <ForgotPasswordForm action={requestPasswordResetAction} />
      <p className="mt-6">
        <Link href="/admin">Back to the sign-in</Link>
      </p>
    </>
  );
}
