import { escapeHtml } from "../email/escape-html";

export type SitemapEntry = { url: string; lastModified?: Date; changeFrequency?: "always" | "hourly" };

/** One <url> or <sitemap> element: its address, then the optional fields it has. */
function element(tag: "url" | "sitemap", url: string, fields: Array<string | false>): string {
  return [`  <${tag}>`, `    <loc>${escapeHtml(url)}</loc>`, ...fields.filter(Boolean), `  </${tag}>`].join(
    "\n",
  );
}

const lastmod = (date?: Date) => date !== undefined && `    <lastmod>${date.toISOString()}</lastmod>`;

const document = (
  root: "urlset" | "sitemapindex",
  elements: string[],
) => `<?xml version="1.0" encoding="UTF-8"?>
<${root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${elements.join("\n")}
</${root}>
`;

/** A sitemap (sitemaps.org 0.9) of these addresses. */
export function sitemapXml(entries: SitemapEntry[]): string {
  return document(
    "urlset",
    entries.map((entry) =>
      element("url", entry.url, [
        lastmod(entry.lastModified),
        entry.changeFrequency !== undefined && `    <changefreq>${entry.changeFrequency}</changefreq>`,
      ]),
    ),
  );
}

/** A sitemap index (sitemaps.org 0.9) of these child sitemaps. */
export function sitemapIndexXml(children: Array<{ url: string; lastModified?: Date }>): string {
  return document(
    "sitemapindex",
    children.map((child) => element("sitemap", child.url, [lastmod(child.lastModified)])),
  );
}
