"use client";

import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ComponentProps,
} from "react";
import { mailtoLink } from "@/lib/sharing/mailto-link";
import type { ShareForm as ShareFormType } from "./ShareForm";

// The form's code is fetched when a reader reaches for the link, not with the page: most
// readers never open the dialog, and without JavaScript the link opens the share page instead.
const loadShareForm = () => import("./ShareForm");
const ShareForm = lazy(() => loadShareForm().then((module) => ({ default: module.ShareForm })));

const subscribeToNothing = () => () => {};

type Props = {
  /** The share page, for readers without JavaScript. */
  shareHref: string;
  form: Omit<ComponentProps<typeof ShareFormType>, "onCancel" | "onSent" | "cancelHref" | "headingLevel">;
  storyHref: string;
};

/**
 * Ways to pass a story on: our email form (a dialog with JavaScript, its own page without),
 * the reader's own mail program, copying the link, and the system share sheet where there is one.
 */
export function ShareControls({ shareHref, form, storyHref }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  // True only in the browser, so buttons that need JavaScript are never shown without it.
  const mounted = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  const canShare = useSyncExternalStore(
    subscribeToNothing,
    () => typeof navigator.share === "function",
    () => false,
  );
  const [copied, setCopied] = useState(false);
  const [opened, setOpened] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { preview } = form;
  const mailto = mailtoLink(preview);

  const onSent = useCallback((recipient: string) => {
    dialog.current?.close();
    setSentTo(recipient);
  }, []);
  useEffect(() => {
    if (sentTo) document.getElementById("share-sent")?.focus();
  }, [sentTo]);

  const linkClass = "text-accent dark:text-accent-dark font-semibold underline";
  return (
    <section aria-labelledby="share-heading" className="mx-auto mt-10 max-w-[40rem] font-sans print:hidden">
      <h2 id="share-heading" className="sr-only">
        Share this story
      </h2>
      <ul className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm">
        <li>
          <a
            href={shareHref}
            className={linkClass}
            onPointerEnter={() => void loadShareForm()}
            onFocus={() => void loadShareForm()}
            onClick={(event) => {
              event.preventDefault();
              setSentTo(null);
              setOpened(true);
              dialog.current?.showModal();
            }}
          >
            Send this to a friend
          </a>
        </li>
        <li>
          <a href={mailto} className={linkClass}>
            Email it yourself
          </a>
        </li>
        {mounted && (
          <li>
            <button
              type="button"
              className={linkClass}
              onClick={() =>
                navigator.clipboard
                  .writeText(preview.url)
                  .then(() => setCopied(true))
                  .catch(() => setCopied(false))
              }
            >
              {copied ? "Link copied" : "Copy link"}
            </button>
          </li>
        )}
        {canShare && (
          <li>
            <button
              type="button"
              className={linkClass}
              onClick={() => navigator.share({ title: preview.headline, url: preview.url }).catch(() => {})}
            >
              Share…
            </button>
          </li>
        )}
      </ul>
      {sentTo && (
        <p id="share-sent" tabIndex={-1} role="status" className="mt-3 font-semibold">
          Message sent! We are emailing the story to {sentTo}.
        </p>
      )}
      <dialog
        ref={dialog}
        aria-labelledby="share-dialog-heading"
        className="bg-paper text-ink dark:bg-paper-dark dark:text-ink-dark m-auto w-[min(36rem,calc(100vw-2rem))] rounded p-6 backdrop:bg-black/50"
      >
        <h2 id="share-dialog-heading" className="text-2xl font-bold">
          Send this to a friend
        </h2>
        {opened && (
          <Suspense fallback={<p className="mt-4 font-sans">Loading the form…</p>}>
            <ShareForm
              {...form}
              headingLevel={3}
              cancelHref={storyHref}
              onCancel={() => dialog.current?.close()}
              onSent={onSent}
            />
          </Suspense>
        )}
      </dialog>
    </section>
  );
}
