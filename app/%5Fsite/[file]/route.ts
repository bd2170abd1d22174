import { notFound } from "next/navigation";
import { SITE_FILES, type SiteFile } from "@/lib/cache/site-routes";
import { siteFileResponse } from "@/lib/data/reader";

// /feed.xml, /atom.xml, /sitemap.xml and /news-sitemap.xml are rewritten here (next.config.ts):
// rendered on first request, never at build time, cached like the pages; a story change
// revalidates them (lib/cache/story-derived-routes.ts).
export const dynamic = "force-static";
export const revalidate = 300;

export function generateStaticParams(): Array<{ file: string }> {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (!(SITE_FILES as readonly string[]).includes(file)) notFound();
  return siteFileResponse(file as SiteFile);
}
