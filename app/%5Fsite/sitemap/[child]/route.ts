import { notFound } from "next/navigation";
import { sitemapChildResponse } from "@/lib/data/reader";

// /sitemap-<child>.xml is rewritten here (lib/cache/site-routes.ts): the children of the sitemap
// index. Read per request, one month's stories over the (status, publishedAt) index: cached,
// every made-up month (any year, any page) would be a 404 kept in the page cache (tried: 20
// made-up months left 40 files), and such 404s were not revalidated when the month's first
// story arrived. Crawlers fetch only the children whose lastmod in the cached index moved.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ child: string }> }) {
  const response = await sitemapChildResponse((await params).child);
  if (!response) notFound();
  return response;
}
