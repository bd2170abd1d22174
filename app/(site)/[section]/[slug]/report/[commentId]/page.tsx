import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CommentAuthor } from "@/components/comments/CommentAuthor";
import { CommentText } from "@/components/comments/CommentText";
import { ReportForm } from "@/components/comments/ReportForm";
import { commentPermalink } from "@/lib/articles/story-paths";
import { formSecret } from "@/lib/comments/form-secret";
import { mintFormToken } from "@/lib/comments/form-token";
import { getReportTarget, getStory } from "@/lib/data/reader";
import { positiveInteger } from "@/lib/validation/query-params";
import { reportCommentAction } from "../../actions";

// Rendered per request, like the reply page: few readers come here, and each needs a fresh form token.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Report a comment", robots: { index: false } };

type Params = Promise<{ section: string; slug: string; commentId: string }>;

/** "Report this comment": the comment quoted, then why, as a plain form that works without JavaScript. */
export default async function ReportRoute({ params }: { params: Params }) {
  const { section, slug, commentId: id } = await params;
  const commentId = positiveInteger(id);
  const story = commentId === null ? null : await getStory(slug);
  if (!story || story.section.slug !== section) notFound();
  const comment = await getReportTarget(story.id, commentId!);
  if (!comment) notFound();
  const permalink = commentPermalink(story.href, comment.id);
  return (
    <div className="mx-auto max-w-[40rem] font-sans">
      <h1 className="text-3xl font-bold">Report a comment</h1>
      <p className="mt-2">
        On{" "}
        <a href={story.href} className="underline">
          {story.headline}
        </a>
        . Reports go to the moderators; the author is not told who reported them.
      </p>
      {comment.hidden ? (
        <p className="mt-6 font-semibold" role="status">
          This comment is hidden until a moderator has looked at it. Thank you for your help.
        </p>
      ) : (
        <>
          <figure className="border-rule dark:border-rule-dark mt-6 border-l-2 pl-4">
            <figcaption className="mb-2 text-sm">
              <CommentAuthor
                name={comment.authorName}
                url={comment.authorUrl}
                staff={comment.staffUserId !== null}
              />{" "}
              wrote:
            </figcaption>
            <blockquote className="font-serif text-lg leading-relaxed">
              <CommentText body={comment.body} />
            </blockquote>
          </figure>
          <ReportForm
            action={reportCommentAction}
            storyId={story.id}
            commentId={comment.id}
            formToken={mintFormToken(story.id, formSecret())}
            permalink={`${story.href}/report/${comment.id}`}
            backHref={permalink}
          />
        </>
      )}
    </div>
  );
}
