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

/** A sitemap index (sitemaps.org 0.9) of these child sitemaps. */
export function sitemapIndexXml(children: Array<{ url: string; lastModified?: Date }>): string {
  const entries = children.map((child) =>
    [
      "  <sitemap>",
      `    <loc>${escapeHtml(child.url)}</loc>`,
      child.lastModified ? `    <lastmod>${child.lastModified.toISOString()}</lastmod>` : "",
      "  </sitemap>",
    ]
      .filter(Boolean)
      .join("\n"),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries.join("\n")}
</sitemapindex>
`;
}
