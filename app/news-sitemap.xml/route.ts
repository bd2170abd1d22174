import { storyPath } from "@/lib/articles/story-paths";
import { visibleToReaders } from "@/lib/articles/story-view";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { NEWS_WINDOW_MS, newsSitemap } from "@/lib/feeds/news-sitemap";

export const dynamic = "force-static";
export const revalidate = 300;

/** The Google News sitemap: stories published in the last 48 hours. */
export async function GET(): Promise<Response> {
  const now = new Date();
  const stories = await db.article.findMany({
    where: {
      ...visibleToReaders(now),
      publishedAt: { gte: new Date(now.getTime() - NEWS_WINDOW_MS), lte: now },
    },
    orderBy: { publishedAt: "desc" },
    take: 1000,
    select: { slug: true, headline: true, publishedAt: true, section: { select: { slug: true } } },
  });
  const xml = newsSitemap(
    env.SITE_NAME,
    stories.map((story) => ({
      url: `${env.siteUrl}${storyPath(story.section.slug, story.slug)}`,
      headline: story.headline,
      publishedAt: story.publishedAt!,
    })),
  );
  return new Response(xml, { headers: { "content-type": "application/xml; charset=utf-8" } });
}
