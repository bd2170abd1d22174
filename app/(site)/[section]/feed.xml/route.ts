import { sectionFeedHandler } from "@/lib/feeds/feed-response";

export const dynamic = "force-static";
export const revalidate = 300;

export function generateStaticParams(): Array<{ section: string }> {
  return [];
}

export const GET = sectionFeedHandler("rss");
