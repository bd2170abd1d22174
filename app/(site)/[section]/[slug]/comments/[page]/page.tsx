import { notFound } from "next/navigation";
import { positiveInteger } from "@/lib/validation/query-params";
import { StoryPage, storyMetadata, type StoryParams } from "../../story-page";

export const revalidate = 3600;

export function generateStaticParams(): Array<{ section: string; slug: string; page: string }> {
  return [];
}

type Params = Promise<{ section: string; slug: string; page: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  return storyMetadata(params as StoryParams);
}

/** Later pages of a long comment thread; page 1 is the story's own address. */
export default async function CommentsPageRoute({ params }: { params: Params }) {
  const page = positiveInteger((await params).page);
  if (page === null || page === 1) notFound();
  return <StoryPage params={params as StoryParams} commentsPage={page} />;
}
