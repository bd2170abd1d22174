import { notFound } from "next/navigation";
import { commentsPagePath } from "@/lib/articles/story-paths";
import { positiveInteger } from "@/lib/validation/query-params";
import { locateComment } from "@/lib/data/reader";

type Params = Promise<{ section: string; slug: string; id: string }>;

/** A comment's permalink: to the comments page it is on now (pages shift as comments come and go). */
export async function GET(_request: Request, { params }: { params: Params }): Promise<Response> {
  const { slug, id } = await params;
  const commentId = positiveInteger(id);
  const place = commentId === null ? null : await locateComment(commentId, slug);
  if (!place) notFound();
  return new Response(null, {
    status: 302,
    headers: {
      location: `${commentsPagePath(place.storyHref, place.page)}#comment-${commentId}`,
      "cache-control": "no-store",
    },
  });
}
