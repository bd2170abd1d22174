import { Feed } from "feed";
import { escapeHtml } from "../email/escape-html";
import type { CorrectionListing } from "../corrections/story-notes";

/**
 * The corrections feed: each correction an entry that links to the story's own corrections,
 * titled by the story it corrects, dated when it was published.
 */
export function buildCorrectionsFeed({
  siteName,
  siteUrl,
  corrections,
}: {
  siteName: string;
  siteUrl: string;
  corrections: CorrectionListing[];
}): Feed {
  const feed = new Feed({
    title: `${siteName}: Corrections`,
    description: `Every correction ${siteName} has published, newest first.`,
    id: `${siteUrl}/corrections`,
    link: `${siteUrl}/corrections`,
    language: "en",
    copyright: `© ${siteName}`,
    updated: corrections[0]?.createdAt,
    generator: siteName,
    feedLinks: { rss: `${siteUrl}/corrections/feed.xml`, atom: `${siteUrl}/corrections/atom.xml` },
  });
  for (const correction of corrections) {
    feed.addItem({
      title: `Correction: ${correction.story.headline}`,
      id: `${siteUrl}/corrections#correction-${correction.id}`,
      link: `${siteUrl}${correction.story.href}#corrections`,
      // A feed's description is HTML to its readers; the newsroom's note is plain text.
      description: escapeHtml(correction.text),
      date: correction.createdAt,
    });
  }
  return feed;
}
