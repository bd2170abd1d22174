import { ImageResponse } from "next/og";
import { notFound } from "next/navigation";
import { StoryCard, type StoryCardText } from "@/components/article/StoryCard";
import { formatDateline } from "@/lib/articles/dateline";
import { cachedPng } from "@/lib/cache/cached-png";
import { getStoryAt } from "@/lib/data/reader";
import { env } from "@/lib/env";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = `A story on ${env.SITE_NAME}`;

// Not cached by address: Next keeps a route's answer for every address asked for, 404s and
// made-up sections included, and no revalidation reaches an address nobody listed. The story is
// looked up on every request instead, and the PNG is cached under what it shows (cachedPng).
export const dynamic = "force-dynamic";

/** The story's social card, at the story's own address only, while readers may see the story. */
export default async function StoryImage({ params }: { params: Promise<{ section: string; slug: string }> }) {
  const { section, slug } = await params;
  const story = await getStoryAt(section, slug);
  if (!story) notFound();
  const card: StoryCardText = {
    siteName: env.SITE_NAME,
    section: story.section.name,
    headline: story.headline,
    dateline: formatDateline(story),
  };
  const png = await cachedPng("story-card", card, () =>
    new ImageResponse(<StoryCard {...card} />, size).arrayBuffer(),
  );
  return new Response(png, {
    // As Next answers for its own cached images: shareable, and asked again each time.
    headers: { "content-type": contentType, "cache-control": "public, max-age=0, must-revalidate" },
  });
}
