import { StoryPage, storyMetadata, type StoryParams } from "./story-page";

// Served from the cache; a write revalidates the story's paths at once.
export const revalidate = 3600;

// Empty: stories are rendered on first request and cached, so a build needs no stories.
export function generateStaticParams(): Array<{ section: string; slug: string }> {
  return [];
}

export async function generateMetadata({ params }: { params: StoryParams }) {
  return storyMetadata(params);
}

export default async function StoryRoute({ params }: { params: StoryParams }) {
  return <StoryPage params={params} />;
}
