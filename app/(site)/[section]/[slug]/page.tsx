import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { Story } from "@/components/article/Story";
import { getStory } from "@/lib/articles/get-story";
import { excerptOf } from "@/lib/articles/plain-text";
import { env } from "@/lib/env";

// Served from the cache; a write revalidates the story's paths at once.
export const revalidate = 3600;

// Empty: stories are rendered on first request and cached, so a build needs no stories.
export function generateStaticParams(): Array<{ section: string; slug: string }> {
  return [];
}

type Props = { params: Promise<{ section: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = await getStory((await params).slug);
  if (!story) return {};
  return {
    title: story.headline,
    description: excerptOf(story.standfirst, story.body),
    alternates: { canonical: story.href },
  };
}

export default async function StoryPage({ params }: Props) {
  const { section, slug } = await params;
  const story = await getStory(slug);
  if (!story) notFound();
  // A story that moved section keeps working links.
  if (story.section.slug !== section) permanentRedirect(story.href);
  return <Story story={story} timeZone={env.SITE_TIMEZONE} />;
}
