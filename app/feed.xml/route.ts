import { feedResponse } from "@/lib/feeds/feed-response";

// Cached like the pages; a story change revalidates it (lib/articles/story-paths.ts).
export const dynamic = "force-static";
export const revalidate = 300;

export function GET(): Promise<Response> {
  return feedResponse("rss");
}
