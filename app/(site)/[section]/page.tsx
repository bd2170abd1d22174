import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StoryList } from "@/components/article/StoryList";
import { listLatestStories } from "@/lib/articles/list-latest-stories";
import { env } from "@/lib/env";
import { getSection } from "@/lib/sections/get-section";

export const revalidate = 300;

// Empty: nothing is rendered at build time, every section is rendered on first request and cached.
export function generateStaticParams(): Array<{ section: string }> {
  return [];
}

type Props = { params: Promise<{ section: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const section = await getSection((await params).section);
  return section ? { title: section.name, alternates: { canonical: `/${section.slug}` } } : {};
}

export default async function SectionPage({ params }: Props) {
  const section = await getSection((await params).section);
  if (!section) notFound();
  const stories = await listLatestStories({ sectionSlug: section.slug, limit: 30 });
  return (
    <StoryList heading={section.name} stories={stories} timeZone={env.SITE_TIMEZONE} showSection={false} />
  );
}
