import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReplyEmailsForm } from "@/components/comments/ReplyEmailsForm";
import { getReplyEmailAddress } from "@/lib/data/reader";
import { env } from "@/lib/env";
import { maskAddress } from "@/lib/sharing/block-recipient";
import { isReplyEmailsChoice } from "@/lib/comments/reply-emails-form-state";
import { replyEmailsAction } from "./actions";

// Per request: it shows where this address stands right now.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Reply emails", robots: { index: false } };

type Params = Promise<{ choice: string; token: string }>;

/** The confirmation and "stop these emails" links of reply emails: one button each. */
export default async function ReplyEmailsPage({ params }: { params: Params }) {
  const { choice, token } = await params;
  if (!isReplyEmailsChoice(choice)) notFound();
  const address = await getReplyEmailAddress(token);
  if (!address) notFound();
  const settled = choice === "confirm" ? address.confirmed : !address.confirmed;
  return (
    <div className="mx-auto max-w-[40rem] font-sans">
      <h1 className="font-serif text-3xl font-bold">
        {choice === "confirm" ? "Confirm reply emails" : "Stop reply emails"}
      </h1>
      {settled ? (
        <p className="mt-4 text-lg" role="status">
          {choice === "confirm"
            ? `${maskAddress(address.email)} is emailed replies to the comments it asked for.`
            : `${maskAddress(address.email)} gets no reply emails from ${env.SITE_NAME}.`}
        </p>
      ) : (
        <ReplyEmailsForm
          action={replyEmailsAction}
          token={token}
          choice={choice}
          address={maskAddress(address.email)}
          siteName={env.SITE_NAME}
        />
      )}
    </div>
  );
}
