import { Fragment } from "react";
import { commentParagraphs } from "@/lib/comments/comment-text";

/** A visitor's words as plain text: paragraphs, line breaks and bare links, never their markup. */
export function CommentText({ body }: { body: string }) {
  return commentParagraphs(body).map((lines, p) => (
    <p key={p} className="mb-3 break-words last:mb-0">
      {lines.map((pieces, l) => (
        <Fragment key={l}>
          {l > 0 && <br />}
          {pieces.map((piece, i) =>
            piece.kind === "link" ? (
              <a
                key={i}
                href={piece.href}
                rel="nofollow ugc noopener"
                className="text-accent dark:text-accent-dark underline"
              >
                {piece.text}
              </a>
            ) : (
              <Fragment key={i}>{piece.text}</Fragment>
            ),
          )}
        </Fragment>
      ))}
    </p>
  ));
}
