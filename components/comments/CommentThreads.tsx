import { commentPermalink } from "@/lib/articles/story-paths";
import type { CommentThread } from "@/lib/comments/comment-view";
import { MAX_DEPTH } from "@/lib/comments/comment-view";
import { PublicationTime } from "../article/PublicationTime";
import { CommentAuthor } from "./CommentAuthor";
import { CommentText } from "./CommentText";
import { ReplyLink } from "./ReplyLink";

type Props = { threads: CommentThread[]; storyHref: string; timeZone: string };

/** Approved comments in the page's order, replies (oldest first) indented under the comment they answer. */
export function CommentThreads({ threads, storyHref, timeZone }: Props) {
  return (
    <ol className="space-y-6">
      {threads.map((comment) => (
        <li key={comment.id}>
          <article
            id={`comment-${comment.id}`}
            className="border-rule dark:border-rule-dark scroll-mt-4 border-l-2 pl-4"
          >
            <header className="mb-2 font-sans text-sm">
              <CommentAuthor name={comment.authorName} url={comment.authorUrl} staff={comment.staff} />
              <span aria-hidden="true"> · </span>
              <a
                href={commentPermalink(storyHref, comment.id)}
                className="text-muted dark:text-muted-dark hover:underline"
              >
                <PublicationTime date={comment.createdAt} timeZone={timeZone} form="long" />
              </a>
              {comment.editedAt && (
                <>
                  <span aria-hidden="true"> · </span>
                  <span className="text-muted dark:text-muted-dark">edited</span>
                </>
              )}
              {comment.featured && (
                <>
                  <span aria-hidden="true"> · </span>
                  <span className="text-accent dark:text-accent-dark font-semibold">Editors&rsquo; pick</span>
                </>
              )}
            </header>
            <div className="text-lg leading-relaxed">
              <CommentText body={comment.body} />
            </div>
            <p className="mt-2 flex gap-4">
              {comment.depth < MAX_DEPTH && (
                <ReplyLink
                  href={`${storyHref}/reply/${comment.id}#respond`}
                  commentId={comment.id}
                  authorName={comment.authorName}
                />
              )}
              <a
                href={`${storyHref}/report/${comment.id}`}
                rel="nofollow"
                aria-label={`Report the comment by ${comment.authorName}`}
                className="text-muted dark:text-muted-dark font-sans text-sm underline"
              >
                Report
              </a>
            </p>
          </article>
          {comment.replies.length > 0 && (
            <div className="mt-6 ml-3 sm:ml-6">
              <CommentThreads threads={comment.replies} storyHref={storyHref} timeZone={timeZone} />
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
