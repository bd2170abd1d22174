import type { MetadataRoute } from "next";
import { storyPath } from "@/lib/articles/story-paths";
import { visibleToReaders } from "@/lib/articles/story-view";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

export const revalidate = 300;

/** A sitemap holds at most 50,000 addresses; past that, the newest stories are listed. */
const MAX_URLS = 50_000;

/** Every published story with its last change, and the section pages. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [sections, stories] = await Promise.all([
    db.section.findMany({ orderBy: { position: "asc" }, select: { slug: true } }),
    db.article.findMany({
      where: visibleToReaders(),
      orderBy: { publishedAt: "desc" },
      take: MAX_URLS - 1,
      select: { slug: true, updatedAt: true, section: { select: { slug: true } } },
    }),
  ]);
  return [
    { url: `${env.siteUrl}/`, changeFrequency: "always" as const },
    ...sections.map((section) => ({
      url: `${env.siteUrl}/${section.slug}`,
      changeFrequency: "hourly" as const,
    })),
    ...stories.map((story) => ({
      url: `${env.siteUrl}${storyPath(story.section.slug, story.slug)}`,
      lastModified: story.updatedAt,
    })),
  ].slice(0, MAX_URLS);
}
