import { notFound } from "next/navigation";
import { commentsPagePath } from "@/lib/articles/story-paths";
import { locateComment } from "@/lib/comments/locate-comment";
import { db } from "@/lib/db";
import { positiveInteger } from "@/lib/validation/query-params";

type Params = Promise<{ section: string; slug: string; id: string }>;

/** A comment's permalink: to the comments page it is on now (pages shift as comments come and go). */
export async function GET(_request: Request, { params }: { params: Params }): Promise<Response> {
  const { slug, id } = await params;
  const commentId = positiveInteger(id);
  const place = commentId === null ? null : await locateComment(db, commentId, slug);
  if (!place) notFound();
  return new Response(null, {
    status: 302,
    headers: {
      location: `${commentsPagePath(place.storyHref, place.page)}#comment-${commentId}`,
      "cache-control": "no-store",
    },
  });
}
