import { commentsPagePath } from "@/lib/articles/story-paths";
import { commentOrders, type CommentOrder } from "@/lib/comments/comment-view";

const names: Record<CommentOrder, string> = { oldest: "Oldest first", newest: "Newest first" };

/** Sort: plain links to each order's first page, so it works without JavaScript and each is cached. */
export function CommentOrderLinks({ storyHref, current }: { storyHref: string; current: CommentOrder }) {
  return (
    <nav aria-label="Sort comments" className="mb-6 flex flex-wrap gap-x-2 font-sans text-sm">
      <span className="text-muted dark:text-muted-dark">Sort:</span>
      {commentOrders.map((order, i) => (
        <span key={order}>
          {i > 0 && (
            <span aria-hidden="true" className="text-muted dark:text-muted-dark mr-2">
              |
            </span>
          )}
          <a
            href={`${commentsPagePath(storyHref, 1, order)}#comments`}
            aria-current={order === current ? "page" : undefined}
            className={order === current ? "font-bold no-underline" : "underline"}
          >
            {names[order]}
          </a>
        </span>
      ))}
    </nav>
  );
}
