import type { Metadata } from "next";
import { StoryList } from "@/components/article/StoryList";
import { listStories } from "@/lib/articles/listings";
import { env } from "@/lib/env";
import { pageAlternates } from "@/lib/seo/alternates";

// Served from the cache; a write revalidates "/" at once (lib/articles/story-paths.ts),
// this interval only bounds how late a scheduled story can appear.
export const revalidate = 300;

export const metadata: Metadata = { alternates: pageAlternates("/", undefined, env.SITE_NAME) };

export default async function FrontPage() {
  const { stories } = await listStories({}, 1, 30);
  return <StoryList heading="Latest news" stories={stories} timeZone={env.SITE_TIMEZONE} showSection />;
}
