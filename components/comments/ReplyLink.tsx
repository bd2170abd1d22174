"use client";

import { useReplyTarget } from "./ReplyContext";

/**
 * Reply to a comment. A link to the reply page without JavaScript; with it, the form below
 * switches to replying in place and takes the focus.
 */
export function ReplyLink({
  href,
  commentId,
  authorName,
}: {
  href: string;
  commentId: number;
  authorName: string;
}) {
  const { setTarget } = useReplyTarget();
  return (
    <a
      href={href}
      aria-label={`Reply to ${authorName}`}
      className="text-accent dark:text-accent-dark font-sans text-sm font-semibold underline"
      onClick={(event) => {
        event.preventDefault();
        setTarget({ id: commentId, name: authorName });
        document.getElementById("respond")?.scrollIntoView({ block: "start" });
        document.getElementById("comment-field")?.focus({ preventScroll: true });
      }}
    >
      Reply
    </a>
  );
}
