import { notFound } from "next/navigation";
import { commentsPagePath } from "@/lib/articles/story-paths";
import { getStory } from "@/lib/articles/get-story";
import { locateComment } from "@/lib/comments/locate-comment";
import { db } from "@/lib/db";
import { positiveInteger } from "@/lib/validation/query-params";

type Params = Promise<{ section: string; slug: string; id: string }>;

/** A comment's permalink: to the comments page it is on now (pages shift as comments come and go). */
export async function GET(_request: Request, { params }: { params: Params }): Promise<Response> {
  const { slug, id } = await params;
  const commentId = positiveInteger(id);
  const story = commentId === null ? null : await getStory(slug);
  const place = story && commentId !== null ? await locateComment(db, commentId) : null;
  if (!story || !place || place.storyId !== story.id) notFound();
  return new Response(null, {
    status: 302,
    headers: {
      location: `${commentsPagePath(story.href, place.page)}#comment-${commentId}`,
      "cache-control": "no-store",
    },
  });
}
