import { escapeHtml } from "../email/escape-html";

export type SitemapEntry = { url: string; lastModified?: Date; changeFrequency?: "always" | "hourly" };

/** A sitemap (sitemaps.org 0.9) of these addresses. */
export function sitemapXml(entries: SitemapEntry[]): string {
  const urls = entries.map((entry) =>
    [
      "  <url>",
      `    <loc>${escapeHtml(entry.url)}</loc>`,
      entry.lastModified ? `    <lastmod>${entry.lastModified.toISOString()}</lastmod>` : "",
      entry.changeFrequency ? `    <changefreq>${entry.changeFrequency}</changefreq>` : "",
      "  </url>",
    ]
      .filter(Boolean)
      .join("\n"),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.join("\n")}
</urlset>
`;
}
