import "server-only";
import { storyPath } from "../articles/story-paths";
import { visibleToReaders } from "../articles/story-view";
import type { SiteFile } from "../cache/site-routes";
import type { Database } from "../database/create-client";
import { env } from "../env";
import { feedResponse } from "./feed-response";
import { NEWS_WINDOW_MS, newsSitemap } from "./news-sitemap";
import { sitemapXml } from "./sitemap";

/** A sitemap holds at most 50,000 addresses; past that, the newest stories are listed. */
const MAX_SITEMAP_URLS = 50_000;

const xml = (body: string) =>
  new Response(body, { headers: { "content-type": "application/xml; charset=utf-8" } });

/** The response for one of the site-wide feeds, sitemaps and robots.txt. */
export function siteFileResponse(db: Database, file: SiteFile): Promise<Response> {
  switch (file) {
    case "feed.xml":
      return feedResponse(db, "rss");
    case "atom.xml":
      return feedResponse(db, "atom");
    case "sitemap.xml":
      return sitemap(db).then(xml);
    case "news-sitemap.xml":
      return googleNewsSitemap(db).then(xml);
    case "robots.txt":
      return Promise.resolve(
        new Response(robotsTxt(), { headers: { "content-type": "text/plain; charset=utf-8" } }),
      );
  }
}

/** Everything readers see may be crawled; the newsroom, the API and search results may not. */
function robotsTxt(): string {
  return [
    "User-Agent: *",
    "Allow: /",
    "Disallow: /admin",
    "Disallow: /api/",
    "Disallow: /search",
    "",
    `Sitemap: ${env.siteUrl}/sitemap.xml`,
    `Sitemap: ${env.siteUrl}/news-sitemap.xml`,
    "",
  ].join("\n");
}

/** Every published story with its last change, and the section pages. */
async function sitemap(db: Database): Promise<string> {
  const [sections, stories] = await Promise.all([
    db.section.findMany({ orderBy: { position: "asc" }, select: { slug: true } }),
    db.article.findMany({
      where: visibleToReaders(),
      orderBy: { publishedAt: "desc" },
      take: MAX_SITEMAP_URLS - 1,
      select: { slug: true, updatedAt: true, section: { select: { slug: true } } },
    }),
  ]);
  return sitemapXml(
    [
      { url: `${env.siteUrl}/`, changeFrequency: "always" as const },
      ...sections.map((section) => ({
        url: `${env.siteUrl}/${section.slug}`,
        changeFrequency: "hourly" as const,
      })),
      ...stories.map((story) => ({
        url: `${env.siteUrl}${storyPath(story.section.slug, story.slug)}`,
        lastModified: story.updatedAt,
      })),
    ].slice(0, MAX_SITEMAP_URLS),
  );
}

/** The Google News sitemap: stories published in the last 48 hours, at most 1,000. */
async function googleNewsSitemap(db: Database): Promise<string> {
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
  return newsSitemap(
    env.SITE_NAME,
    stories.map((story) => ({
      url: `${env.siteUrl}${storyPath(story.section.slug, story.slug)}`,
      headline: story.headline,
      publishedAt: story.publishedAt!,
    })),
  );
}
