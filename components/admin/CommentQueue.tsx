import Link from "next/link";
import { commentPermalink } from "@/lib/articles/story-paths";
import { CommentText } from "@/components/comments/CommentText";
import type { QueuedComment, QueueTab } from "@/lib/newsroom/comment-queue";
import { reportReasons, type ReportReason } from "@/lib/statuses";
import type { ModerationAction } from "@/lib/newsroom/moderation-actions";
import { buttonClass } from "./styles";

const labels: Record<ModerationAction, string> = {
  approve: "Approve",
  dismiss: "Keep",
  spam: "Spam",
  trash: "Trash",
  restore: "Restore",
  delete: "Delete permanently",
  feature: "Feature",
  unfeature: "Unfeature",
};

/** The actions offered on each tab, in the order they are shown. */
const actionsFor: Record<QueueTab, ModerationAction[]> = {
  pending: ["approve", "spam", "trash"],
  approved: ["feature", "unfeature", "spam", "trash"],
  spam: ["approve", "restore", "delete"],
  trash: ["restore", "delete"],
  // Keep: the reports are dismissed, and a comment they hid is shown again.
  reported: ["dismiss", "spam", "trash"],
};

/** A comment's own buttons: Feature on an approved comment not yet picked, Unfeature on a pick. */
const offeredOn = (comment: QueuedComment) => (action: ModerationAction) =>
  action === "feature"
    ? comment.status === "approved" && !comment.featuredAt
    : action === "unfeature"
      ? comment.featuredAt !== null
      : true;

const reasonNames: Record<ReportReason, string> = {
  spam: "spam",
  abuse: "abuse",
  off_topic: "off-topic",
  other: "other",
};

/** One tab of the queue as one form: per-comment buttons, and bulk actions on the ticked ones. */
export function CommentQueue({
  tab,
  comments,
  action,
  formatTime,
  readAt,
}: {
  tab: QueueTab;
  comments: QueuedComment[];
  action: (form: FormData) => Promise<void>;
  formatTime: (date: Date) => string;
  /** When this page was rendered (ms): what approval publishes must be what was read. */
  readAt: number;
}) {
  if (comments.length === 0) return <p className="mt-6">No comments here.</p>;
  return (
    <form action={action} className="mt-6">
      <input type="hidden" name="tab" value={tab} />
      <input type="hidden" name="readAt" value={readAt} />
      <div className="flex flex-wrap items-end gap-2">
        <label htmlFor="bulk" className="font-semibold">
          Bulk action
        </label>
        <select
          id="bulk"
          name="bulk"
          className="border-muted bg-paper dark:bg-paper-dark rounded border px-2 py-1.5"
        >
          {actionsFor[tab].map((name) => (
            <option key={name} value={name}>
              {labels[name]}
            </option>
          ))}
        </select>
        <button type="submit" className={buttonClass("secondary")}>
          Apply to selected
        </button>
      </div>
      <ol className="mt-4 space-y-4">
        {comments.map((comment) => (
          <li key={comment.id} className="border-rule dark:border-rule-dark rounded border p-4">
            <article aria-labelledby={`queued-${comment.id}`}>
              <div className="flex flex-wrap items-start gap-3">
                <input
                  type="checkbox"
                  name="ids"
                  value={comment.id}
                  id={`select-${comment.id}`}
                  className="mt-1 size-5"
                />
                <div className="grow">
                  <h2 id={`queued-${comment.id}`} className="font-bold">
                    <label htmlFor={`select-${comment.id}`}>
                      {comment.authorName}
                      {comment.byStaff && (
                        <span className="bg-ink text-paper dark:bg-ink-dark dark:text-paper-dark ml-2 rounded px-1.5 text-xs">
                          Staff
                        </span>
                      )}
                      {comment.featuredAt && (
                        <span className="border-accent text-accent dark:border-accent-dark dark:text-accent-dark ml-2 rounded border px-1.5 text-xs">
                          Editors&rsquo; pick
                        </span>
                      )}
                    </label>
                  </h2>
                  <dl className="text-muted dark:text-muted-dark mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                    <dt>Story</dt>
                    <dd>
                      <a
                        href={
                          comment.status === "approved"
                            ? commentPermalink(comment.story.href, comment.id)
                            : comment.story.href
                        }
                        className="underline"
                      >
                        {comment.story.headline}
                      </a>
                    </dd>
                    <dt>Email</dt>
                    <dd>{comment.authorEmail || "erased on the author's request"}</dd>
                    {comment.authorUrl && (
                      <>
                        <dt>Website</dt>
                        <dd className="break-all">{comment.authorUrl}</dd>
                      </>
                    )}
                    <dt>IP</dt>
                    <dd>{comment.ip || "erased after the retention period"}</dd>
                    <dt>Time</dt>
                    <dd>
                      <time dateTime={comment.createdAt.toISOString()}>{formatTime(comment.createdAt)}</time>
                      {comment.editedAt && " (edited)"}
                    </dd>
                    {comment.featuredAt && (
                      <>
                        <dt>Featured</dt>
                        <dd>
                          <time dateTime={comment.featuredAt.toISOString()}>
                            {formatTime(comment.featuredAt)}
                          </time>
                        </dd>
                      </>
                    )}
                    <dt>Rule</dt>
                    <dd>{comment.moderationReason}</dd>
                    {comment.reports.count > 0 && (
                      <>
                        <dt>Reports</dt>
                        <dd>
                          {comment.reports.count} (
                          {reportReasons
                            .filter((reason) => comment.reports.byReason[reason])
                            .map((reason) => `${reasonNames[reason]} ${comment.reports.byReason[reason]}`)
                            .join(", ")}
                          )
                          {comment.reports.notes.map((note, index) => (
                            <q key={index} className="mt-1 block">
                              {note}
                            </q>
                          ))}
                        </dd>
                      </>
                    )}
                  </dl>
                </div>
              </div>
              <div className="mt-3 font-serif">
                <CommentText body={comment.body} />
              </div>
              <div className="mt-3 flex flex-wrap gap-2">
                {actionsFor[tab].filter(offeredOn(comment)).map((name) => (
                  <button
                    key={name}
                    type="submit"
                    name="one"
                    value={`${name}:${comment.id}`}
                    className={buttonClass(
                      name === "approve" || name === "dismiss"
                        ? "primary"
                        : name === "delete"
                          ? "danger"
                          : "secondary",
                    )}
                    aria-label={`${labels[name]} the comment by ${comment.authorName}`}
                  >
                    {labels[name]}
                  </button>
                ))}
                <Link href={`/admin/comments/${comment.id}`} className={buttonClass("secondary")}>
                  Edit or reply
                </Link>
              </div>
            </article>
          </li>
        ))}
      </ol>
    </form>
  );
}
