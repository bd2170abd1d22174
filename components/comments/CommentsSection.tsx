import type { ComponentProps } from "react";
import { commentsPagePath } from "@/lib/articles/story-paths";
import type { EditorsPick } from "@/lib/comments/editors-picks";
import type { CommentPage } from "@/lib/comments/list-comments";
import { CommentForm } from "./CommentForm";
import { CommentOrderLinks } from "./CommentOrderLinks";
import { CommentThreads } from "./CommentThreads";
import { EditorsPicks } from "./EditorsPicks";
import { ReplyProvider, type ReplyTarget } from "./ReplyContext";

type Props = {
  comments: CommentPage;
  picks: EditorsPick[];
  storyHref: string;
  timeZone: string;
  open: boolean;
  replyTarget: ReplyTarget;
  form: Omit<ComponentProps<typeof CommentForm>, "storyHref">;
};

/**
 * The approved comments of a story (Editors' picks first, then the threads in the reader's
 * order), then Leave a Reply (or the notice that comments are closed).
 */
export function CommentsSection({ comments, picks, storyHref, timeZone, open, replyTarget, form }: Props) {
  const { page, pageCount, approvedCount, order } = comments;
  // Pages count from the newest thread when newest first: the next page holds older comments.
  const [before, after] = order === "newest" ? ["Newer", "Older"] : ["Earlier", "Later"];
  const heading =
    approvedCount === 0
      ? "No comments yet"
      : approvedCount === 1
        ? "1 comment"
        : `${approvedCount.toLocaleString("en-GB")} comments`;
  return (
    <ReplyProvider initial={replyTarget}>
      <section
        id="comments"
        aria-labelledby="comments-heading"
        className="mx-auto mt-14 max-w-[40rem] scroll-mt-4 print:hidden"
      >
        <h2
          id="comments-heading"
          className="border-ink dark:border-ink-dark mb-6 border-t-2 pt-4 font-sans text-2xl font-bold"
        >
          {heading}
        </h2>
        <EditorsPicks picks={picks} storyHref={storyHref} timeZone={timeZone} />
        {(comments.threads.length > 1 || pageCount > 1) && (
          <CommentOrderLinks storyHref={storyHref} current={order} />
        )}
        <CommentThreads threads={comments.threads} storyHref={storyHref} timeZone={timeZone} />
        {pageCount > 1 && (
          <nav aria-label="Comment pages" className="mt-6 flex justify-between font-sans">
            {page > 1 ? (
              <a href={`${commentsPagePath(storyHref, page - 1, order)}#comments`} className="underline">
                {before} comments
              </a>
            ) : (
              <span />
            )}
            {page < pageCount && (
              <a href={`${commentsPagePath(storyHref, page + 1, order)}#comments`} className="underline">
                {after} comments
              </a>
            )}
          </nav>
        )}
        <div className="mt-10">
          {open ? (
            <CommentForm {...form} storyHref={storyHref} />
          ) : (
            <p className="font-sans font-semibold">Comments are closed.</p>
          )}
        </div>
      </section>
    </ReplyProvider>
  );
}
