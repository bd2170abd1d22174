import type { Metadata } from "next";
import { NewPasswordForm } from "@/components/admin/NewPasswordForm";
import { roleWithArticle } from "@/lib/auth/account-emails";
import { getInvitation } from "@/lib/data/accounts";
import { env } from "@/lib/env";
import { acceptInvitationAction } from "../../account-actions";

// The link's token decides the page; nothing here may be cached or indexed (the layout says noindex).
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Join the newsroom" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await getInvitation(token);
  if (!invitation) {
    return (
      <>
        <h1 className="mb-4 text-3xl font-bold">This invitation no longer works</h1>
        <p className="max-w-prose">
          An invitation works once, within 7 days of being sent. Ask an admin of the newsroom to send you a
          new one.
        </p>
      </>
    );
  }
  const { user } = invitation;
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">Join the {env.SITE_NAME} newsroom</h1>
      <p className="mb-6 max-w-prose">
        Welcome, {user.name}. You are invited as {roleWithArticle[user.role]}, and you will sign in with{" "}
        {user.email}. Choose your password to accept.
      </p>
      <NewPasswordForm
        action={acceptInvitationAction}
        token={token}
        email={user.email}
        submit="Accept and sign in"
        path={`/admin/invitation/${token}`}
      />
    </>
  );
}
