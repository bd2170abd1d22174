import { formatDateline } from "../articles/dateline";
import { excerptOf } from "../articles/plain-text";
import type { StoryView } from "../articles/story-view";
import type { StoryNoteView } from "../corrections/story-notes";
import { photoShareUrl } from "../media/photo-view";

type Site = { name: string; url: string };

/**
 * schema.org NewsArticle for a story page. The wire credit is data: `dateline` carries
 * "Hamburg / AFP", `locationCreated` the place and `sourceOrganization` the agency.
 */
export function newsArticleJsonLd(story: StoryView & { notes?: StoryNoteView[] }, site: Site) {
  const corrections = (story.notes ?? []).filter((note) => note.kind === "correction");
  const url = `${site.url}${story.href}`;
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: story.headline,
    description: excerptOf(story.standfirst, story.body),
    datePublished: story.publishedAt.toISOString(),
    dateModified: story.updatedAt.toISOString(),
    dateline: formatDateline(story),
    locationCreated: { "@type": "Place", name: story.place },
    sourceOrganization: { "@type": "Organization", name: story.agency },
    author: story.byline
      ? { "@type": "Person", name: story.byline }
      : { "@type": "Organization", name: story.agency },
    publisher: {
      "@type": "NewsMediaOrganization",
      name: site.name,
      url: `${site.url}/`,
      logo: { "@type": "ImageObject", url: `${site.url}/logo.png`, width: 600, height: 60 },
    },
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    articleSection: story.section.name,
    keywords: story.tags.map((tag) => tag.name),
    // The lead photograph first (search engines prefer a real one), then the generated card.
    image: [
      ...(story.leadPhoto
        ? [
            {
              "@type": "ImageObject",
              url: `${site.url}${photoShareUrl(story.leadPhoto)}`,
              width: story.leadPhoto.width,
              height: story.leadPhoto.height,
              ...(story.leadPhoto.caption ? { caption: story.leadPhoto.caption } : {}),
              ...(story.leadPhoto.credit ? { creditText: story.leadPhoto.credit } : {}),
            },
          ]
        : []),
      `${url}/opengraph-image`,
    ],
    isAccessibleForFree: true,
    // schema.org's own property for a story's published corrections, so machines find them.
    ...(corrections.length > 0
      ? {
          correction: corrections.map((note) => ({
            "@type": "CorrectionComment",
            text: note.text,
            datePublished: note.createdAt.toISOString(),
          })),
        }
      : {}),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the script. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
