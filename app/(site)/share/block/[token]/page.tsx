import { notFound } from "next/navigation";
import { BlockSharesForm } from "@/components/share/BlockSharesForm";
import { env } from "@/lib/env";
import { maskAddress } from "@/lib/sharing/block-recipient";
import { blockRecipientAction } from "./actions";
import { getBlockRequest } from "@/lib/data/reader";

// Per request: it shows whether this address is blocked right now.
export const dynamic = "force-dynamic";
export const metadata = { title: "Stop receiving shared stories", robots: { index: false } };

export default async function BlockSharesPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const request = await getBlockRequest(token);
  if (!request) notFound();
  return (
    <div className="mx-auto max-w-[40rem] font-sans">
      <h1 className="font-serif text-3xl font-bold">Stop receiving shared stories</h1>
      {request.blocked ? (
        <p className="mt-4 text-lg">
          {maskAddress(request.email)} receives no stories shared through {env.SITE_NAME}.
        </p>
      ) : (
        <BlockSharesForm
          action={blockRecipientAction}
          token={token}
          address={maskAddress(request.email)}
          siteName={env.SITE_NAME}
        />
      )}
    </div>
  );
}
