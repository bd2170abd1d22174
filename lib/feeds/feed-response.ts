import "server-only";
import { notFound } from "next/navigation";
import { listStories } from "../articles/listings";
import type { Database } from "../database/create-client";
import { env } from "../env";
import { getSection } from "../sections/get-section";
import type { Feed } from "feed";
import { buildFeed } from "./build-feed";

export const FEED_SIZE = 20;

/** The RSS or Atom response for the whole site or one section (which must exist). */
export async function feedResponse(
  db: Database,
  format: "rss" | "atom",
  section?: { slug: string; name: string },
): Promise<Response> {
  const { stories } = (await listStories(db, { where: section ? { section: { slug: section.slug } } : {} }))!;
  const base = section ? `/${section.slug}` : "";
  const feed = buildFeed({
    siteName: env.SITE_NAME,
    siteUrl: env.siteUrl,
    sectionName: section?.name,
    pagePath: base || "/",
    rssPath: `${base}/feed.xml`,
    atomPath: `${base}/atom.xml`,
    stories: stories.slice(0, FEED_SIZE),
  });
  return feedXmlResponse(feed, format);
}

/** A feed as RSS 2.0 or Atom 1.0, with its content type. */
export function feedXmlResponse(feed: Feed, format: "rss" | "atom"): Response {
  return new Response(format === "rss" ? feed.rss2() : feed.atom1(), {
    headers: {
      "content-type": `${format === "rss" ? "application/rss+xml" : "application/atom+xml"}; charset=utf-8`,
    },
  });
}

/** A section's feed; an unknown section is a 404. */
export async function sectionFeedResponse(
  db: Database,
  format: "rss" | "atom",
  slug: string,
): Promise<Response> {
  const section = await getSection(db, slug);
  if (!section) notFound();
  return feedResponse(db, format, section);
}
