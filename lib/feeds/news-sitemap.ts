import { escapeHtml } from "../email/escape-html";

export type NewsEntry = { url: string; headline: string; publishedAt: Date };

/** How far back a Google News sitemap reaches. */
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;

/** A Google News sitemap: each story of the last two days with its publication, date and title. */
export function newsSitemap(siteName: string, entries: NewsEntry[]): string {
  const urls = entries.map(
    (entry) => `  <url>
    <loc>${escapeHtml(entry.url)}</loc>
    <news:news>
      <news:publication>
        <news:name>${escapeHtml(siteName)}</news:name>
        <news:language>en</news:language>
      </news:publication>
      <news:publication_date>${entry.publishedAt.toISOString()}</news:publication_date>
      <news:title>${escapeHtml(entry.headline)}</news:title>
    </news:news>
  </url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${urls.join("\n")}
</urlset>
`;
}
