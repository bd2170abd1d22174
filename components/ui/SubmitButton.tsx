import type { ReactNode } from "react";

/** A reader form's main button: says what it is doing while the post is on its way. */
export function SubmitButton({
  pending,
  busy,
  children,
}: {
  pending: boolean;
  /** "Sending…": shown while the post is on its way. */
  busy: string;
  children: ReactNode;
}) {
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="bg-ink text-paper dark:bg-ink-dark dark:text-paper-dark rounded px-5 py-2.5 font-semibold disabled:opacity-60"
    >
      {pending ? busy : children}
    </button>
  );
}
