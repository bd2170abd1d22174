"use client";

import type { FormAction } from "@/lib/actions/form-state";
import { useActionState } from "react";
import type { BlockFormState } from "@/lib/sharing/block-recipient";

type Props = {
  action: FormAction<BlockFormState>;
  token: string;
  address: string;
  siteName: string;
};

/** One button that asks never to be sent shared stories again, and its confirmation. */
export function BlockSharesForm({ action, token, address, siteName }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: "idle", values: { token } });
  if (state.status === "done") {
    return (
      <p role="status" className="mt-4 text-lg">
        Done. We will not send stories shared through {siteName} to {address} again.
      </p>
    );
  }
  return (
    <form action={formAction} className="mt-4">
      <input type="hidden" name="token" value={token} />
      <p className="text-lg">
        Someone sent a story to {address} through {siteName}. If you do not want this to happen again, we will
        refuse every future share to this address.
      </p>
      {state.status === "refused" && (
        <p role="alert" className="mt-4 font-semibold">
          {state.message}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="bg-ink text-paper dark:bg-ink-dark dark:text-paper-dark mt-4 rounded px-5 py-2.5 font-semibold"
      >
        Never send me shared stories
      </button>
    </form>
  );
}
