"use client";

import { useActionState } from "react";

type Props = { action: () => Promise<{ done: boolean }>; address: string; siteName: string };

/** One button that asks never to be sent shared stories again, and its confirmation. */
export function BlockSharesForm({ action, address, siteName }: Props) {
  const [state, formAction, pending] = useActionState(action, { done: false });
  if (state.done) {
    return (
      <p role="status" className="mt-4 text-lg">
        Done. We will not send stories shared through {siteName} to {address} again.
      </p>
    );
  }
  return (
    <form action={formAction} className="mt-4">
      <p className="text-lg">
        Someone sent a story to {address} through {siteName}. If you do not want this to happen again, we will
        refuse every future share to this address.
      </p>
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
