import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CorrectionForm } from "@/components/comments/CorrectionForm";
import { commentEditPath, commentPermalink } from "@/lib/articles/story-paths";
import { correctionToken } from "@/lib/comments/correct-own-comment";
import { editableUntil } from "@/lib/comments/edit-token";
import { formSecret } from "@/lib/comments/form-secret";
import { getCorrectionTarget, getStory } from "@/lib/data/reader";
import { formatClockTime } from "@/lib/dates/format-date";
import { env } from "@/lib/env";
import { refusals } from "@/lib/errors";
import { positiveInteger } from "@/lib/validation/query-params";
import { correctCommentAction } from "../../actions";

// Per request: only the browser that posted the comment, holding its edit cookie, gets the form.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Correct your comment", robots: { index: false } };

type Params = Promise<{ section: string; slug: string; commentId: string }>;

/** The author's correction of a comment they posted in the last 10 minutes, from the same browser. */
export default async function CorrectionRoute({ params }: { params: Params }) {
  const { section, slug, commentId: id } = await params;
  const commentId = positiveInteger(id);
  const story = commentId === null ? null : await getStory(slug);
  if (!story || story.section.slug !== section) notFound();
  const comment = await getCorrectionTarget(story.id, commentId!);
  if (!comment) notFound();
  const until = editableUntil(await correctionToken(comment.id), comment.id, formSecret());
  const back = commentPermalink(story.href, comment.id);
  return (
    <div className="mx-auto max-w-[40rem] font-sans">
      <h1 className="text-3xl font-bold">Correct your comment</h1>
      <p className="mt-2">
        On{" "}
        <a href={story.href} className="underline">
          {story.headline}
        </a>
        .
      </p>
      {until ? (
        <CorrectionForm
          action={correctCommentAction}
          commentId={comment.id}
          text={comment.body}
          until={formatClockTime(until, env.SITE_TIMEZONE)}
          permalink={commentEditPath(story.href, comment.id)}
          backHref={back}
        />
      ) : (
        <p className="mt-6" role="status">
          {refusals["edit-window-closed"].message}{" "}
          <a href={back} className="underline">
            Back to the story
          </a>
        </p>
      )}
    </div>
  );
}
