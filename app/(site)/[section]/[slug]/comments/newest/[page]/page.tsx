import { notFound } from "next/navigation";
import { positiveInteger } from "@/lib/validation/query-params";
import { StoryPage, storyMetadata, type StoryParams } from "../../../story-page";

export const revalidate = 3600;

export function generateStaticParams(): Array<{ section: string; slug: string; page: string }> {
  return [];
}

type Params = Promise<{ section: string; slug: string; page: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  return storyMetadata(params as StoryParams, { index: false });
}

/** Later pages of a story's comments newest first; page 1 is comments/newest itself. */
export default async function NewestCommentsPageRoute({ params }: { params: Params }) {
  const page = positiveInteger((await params).page);
  if (page === null || page === 1) notFound();
  return <StoryPage params={params as StoryParams} commentsPage={page} order="newest" />;
}
