import { notFound } from "next/navigation";
import { sitemapChildResponse } from "@/lib/data/reader";

// /sitemap-<child>.xml is rewritten here (lib/cache/site-routes.ts): the children of the sitemap
// index, rendered on first request and cached; a story change revalidates them all
// (lib/cache/story-derived-routes.ts), and a crawler fetches only those the index says changed.
export const dynamic = "force-static";
export const revalidate = 3600;

export function generateStaticParams(): Array<{ child: string }> {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ child: string }> }) {
  const response = await sitemapChildResponse((await params).child);
  if (!response) notFound();
  return response;
}
