import "server-only";
import { storyPath } from "../articles/story-paths";
import { visibleToReaders } from "../articles/story-view";
import type { SiteFile } from "../cache/site-routes";
import type { Database } from "../database/create-client";
import { env } from "../env";
import { listCorrections } from "../corrections/story-notes";
import { buildCorrectionsFeed } from "./corrections-feed";
import { FEED_SIZE, feedResponse, feedXmlResponse } from "./feed-response";
import { NEWS_WINDOW_MS, newsSitemap } from "./news-sitemap";
import { sitemapIndexXml, sitemapXml } from "./sitemap";
import { childStories, PAGES_CHILD, sitemapChildren, storyMonths } from "./sitemap-index";
import { sitemapChildPath } from "../cache/site-routes";

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
      return sitemapIndex(db).then(xml);
    case "news-sitemap.xml":
      return googleNewsSitemap(db).then(xml);
    case "corrections-feed.xml":
      return correctionsFeed(db, "rss");
    case "corrections-atom.xml":
      return correctionsFeed(db, "atom");
    case "robots.txt":
      return Promise.resolve(
        new Response(robotsTxt(), { headers: { "content-type": "text/plain; charset=utf-8" } }),
      );
  }
}

/** The newest corrections as RSS or Atom. */
async function correctionsFeed(db: Database, format: "rss" | "atom"): Promise<Response> {
  const { corrections } = await listCorrections(db, 1, FEED_SIZE);
  const feed = buildCorrectionsFeed({ siteName: env.SITE_NAME, siteUrl: env.siteUrl, corrections });
  return feedXmlResponse(feed, format);
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

/** The sitemap index: the front and section pages' child, then one per month of stories. */
async function sitemapIndex(db: Database): Promise<string> {
  // Two dates of every published story: rendered when a crawler asks after a story change,
  // then cached until the next one.
  const stories = await db.article.findMany({
    where: visibleToReaders(),
    select: { publishedAt: true, updatedAt: true },
  });
  const months = storyMonths(
    stories.map((story) => ({ publishedAt: story.publishedAt!, updatedAt: story.updatedAt })),
  );
  return sitemapIndexXml(
    sitemapChildren(months).map((child) => ({
      url: `${env.siteUrl}${sitemapChildPath(child.name)}`,
      lastModified: child.lastModified,
    })),
  );
}

/** One child of the sitemap index, or null (a 404) for a name it does not list. */
export async function sitemapChildResponse(db: Database, name: string): Promise<Response | null> {
  if (name === PAGES_CHILD) {
    const sections = await db.section.findMany({ orderBy: { position: "asc" }, select: { slug: true } });
    return xml(
      sitemapXml([
        { url: `${env.siteUrl}/`, changeFrequency: "always" },
        ...sections.map((section) => ({
          url: `${env.siteUrl}/${section.slug}`,
          changeFrequency: "hourly" as const,
        })),
      ]),
    );
  }
  const range = childStories(name);
  if (!range) return null;
  const now = new Date();
  const stories = await db.article.findMany({
    where: { ...visibleToReaders(now), publishedAt: { gte: range.start, lt: range.end, lte: now } },
    orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
    skip: range.skip,
    take: range.take,
    select: { slug: true, updatedAt: true, section: { select: { slug: true } } },
  });
  // A month with no published story is no child: a 404, so made-up months (any year, any page)
  // answer the same as unknown addresses and leave nothing in the page cache.
  if (stories.length === 0) return null;
  return xml(
    sitemapXml(
      stories.map((story) => ({
        url: `${env.siteUrl}${storyPath(story.section.slug, story.slug)}`,
        lastModified: story.updatedAt,
      })),
    ),
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
