import { StoryPage, storyMetadata, type StoryParams } from "../../story-page";

// Served from the cache like the story; a new or removed comment revalidates it.
export const revalidate = 3600;

export function generateStaticParams(): Array<{ section: string; slug: string }> {
  return [];
}

// The story's own comments in another order: the story is the canonical page, and search
// engines need not index the same comments twice.
export async function generateMetadata({ params }: { params: StoryParams }) {
  return storyMetadata(params, { index: false });
}

/** A story's comments newest first, page 1; a folder of its own, so comments/[page] never sees "newest". */
export default async function NewestCommentsRoute({ params }: { params: StoryParams }) {
  return <StoryPage params={params} order="newest" />;
}
