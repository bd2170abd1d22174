import { notFound } from "next/navigation";
import { positiveInteger } from "@/lib/validation/query-params";
import { StoryPage, storyMetadata, type StoryParams } from "../../story-page";

// Rendered per request: only readers without JavaScript land here, and a cached copy would
// need revalidating for every comment of the story.
export const dynamic = "force-dynamic";

type Params = Promise<{ section: string; slug: string; commentId: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  return storyMetadata(params as StoryParams, { index: false });
}

/** Where Reply leads without JavaScript: the story with the form set to answer one comment. */
export default async function ReplyRoute({ params }: { params: Params }) {
  const commentId = positiveInteger((await params).commentId);
  if (commentId === null) notFound();
  return <StoryPage params={params as StoryParams} replyToId={commentId} />;
}
