import type { Metadata } from "next";
import Link from "next/link";
import { NewPasswordForm } from "@/components/admin/NewPasswordForm";
import { getResetLinkAccount } from "@/lib/data/accounts";
import { resetPasswordAction } from "../../account-actions";

// The link's token decides the page; nothing here may be cached or indexed (the layout says noindex).
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const account = await getResetLinkAccount(token);
  if (!account) {
    return (
      <>
        <h1 className="mb-4 text-3xl font-bold">This link no longer works</h1>
        <p className="max-w-prose">
          A reset link works once, within an hour of being sent. You can{" "}
          <Link href="/admin/forgot-password">ask for a new link</Link>.
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">Choose a new password</h1>
      <p className="mb-6 max-w-prose">
        For {account.email}. Once it is saved, you are signed out everywhere and sign in again with the new
        password.
      </p>
      <NewPasswordForm
        action={resetPasswordAction}
        token={token}
        email={account.email}
        submit="Save the new password"
        path={`/admin/reset-password/${token}`}
      />
    </>
  );
}
