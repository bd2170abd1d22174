import { Feed } from "feed";
import { formatDateline } from "../articles/dateline";
import { excerptOf } from "../articles/plain-text";
import type { StoryView } from "../articles/story-view";
import { photoShareUrl } from "../media/photo-view";

export type FeedSpec = {
  siteName: string;
  siteUrl: string;
  /** "World" for a section's feed; none for the whole site. */
  sectionName?: string;
  /** The page the feed is the feed of ("/" or "/world"). */
  pagePath: string;
  /** Where the RSS and Atom versions of this feed live. */
  rssPath: string;
  atomPath: string;
  stories: StoryView[];
};

/**
 * A feed of the newest stories (the `feed` library writes and escapes the XML): full dates,
 * absolute links from SITE_URL, the dateline and summary as the description.
 */
export function buildFeed({
  siteName,
  siteUrl,
  sectionName,
  pagePath,
  rssPath,
  atomPath,
  stories,
}: FeedSpec): Feed {
  const title = sectionName ? `${siteName}: ${sectionName}` : siteName;
  const feed = new Feed({
    title,
    description: sectionName
      ? `The latest ${sectionName} stories from ${siteName}.`
      : `The latest stories from ${siteName}.`,
    id: `${siteUrl}${pagePath}`,
    link: `${siteUrl}${pagePath}`,
    language: "en",
    copyright: `© ${siteName}`,
    updated: stories.reduce<Date | undefined>(
      (latest, story) => (!latest || story.updatedAt > latest ? story.updatedAt : latest),
      undefined,
    ),
    generator: siteName,
    feedLinks: { rss: `${siteUrl}${rssPath}`, atom: `${siteUrl}${atomPath}` },
  });
  for (const story of stories) {
    const url = `${siteUrl}${story.href}`;
    feed.addItem({
      title: story.headline,
      id: url,
      link: url,
      description: `${formatDateline(story)}: ${excerptOf(story.standfirst, story.body, 400)}`,
      date: story.updatedAt,
      published: story.publishedAt,
      author: story.byline ? [{ name: story.byline }] : undefined,
      category: [{ name: story.section.name }, ...story.tags.map((tag) => ({ name: tag.name }))],
      // The lead photograph as an enclosure (RSS) and an enclosure link (Atom), as readers expect.
      ...(story.leadPhoto
        ? {
            image: {
              url: `${siteUrl}${photoShareUrl(story.leadPhoto)}`,
              type: "image/jpeg",
              title: story.leadPhoto.alt,
            },
          }
        : {}),
    });
  }
  return feed;
}
