import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TextForm } from "@/components/admin/TextForm";
import { CommentText } from "@/components/comments/CommentText";
import { staffForPage } from "@/lib/auth/staff-page";
import { formatShortDateTime } from "@/lib/dates/format-date";
import { env } from "@/lib/env";
import { positiveInteger } from "@/lib/validation/query-params";
import { editCommentAction, replyAsNewsroomAction } from "../actions";
import { getQueuedComment } from "@/lib/data/newsroom";

export const metadata: Metadata = { title: "Edit or reply to a comment" };

export default async function CommentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  const id = positiveInteger(raw) ?? 0;
  const path = `/admin/comments/${id}`;
  const staff = await staffForPage("comments", path);
  const comment = id ? await getQueuedComment(staff, id) : null;
  if (!comment) notFound();
  return (
    <>
      <p>
        <Link href={`/admin/comments?status=${comment.status}`} className="underline">
          Back to the {comment.status} comments
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">Comment by {comment.authorName}</h1>
      <p className="text-muted dark:text-muted-dark mt-1 text-sm">
        On{" "}
        <Link href={comment.story.href} className="underline">
          {comment.story.headline}
        </Link>
        ,{" "}
        <time dateTime={comment.createdAt.toISOString()}>
          {formatShortDateTime(comment.createdAt, env.SITE_TIMEZONE)}
        </time>
        , status {comment.status}, rule {comment.moderationReason}
      </p>
      <blockquote className="border-rule dark:border-rule-dark mt-4 border-l-4 pl-4 font-serif">
        <CommentText body={comment.body} />
      </blockquote>
      <section aria-labelledby="edit-heading" className="mt-8">
        <h2 id="edit-heading" className="text-xl font-bold">
          Edit the text
        </h2>
        <TextForm
          action={editCommentAction}
          commentId={comment.id}
          fieldId="comment-text"
          label="Comment text"
          submitLabel="Save text"
          initialText={comment.body}
          permalink={path}
        />
      </section>
      <section aria-labelledby="reply-heading" className="mt-8">
        <h2 id="reply-heading" className="text-xl font-bold">
          Reply as the newsroom
        </h2>
        {comment.status === "approved" ? (
          <TextForm
            action={replyAsNewsroomAction}
            commentId={comment.id}
            fieldId="newsroom-reply"
            label="Your reply"
            submitLabel="Post reply"
            initialText=""
            permalink={path}
          />
        ) : (
          <p className="mt-2">Approve the comment before replying to it.</p>
        )}
      </section>
    </>
  );
}
