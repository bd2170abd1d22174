import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { noStaticParams } from "../../listing-page";
import { StoryList } from "@/components/article/StoryList";
import { FRONT_PAGE_EDITION } from "@/lib/cache/site-routes";
import { env } from "@/lib/env";
import { pageAlternates } from "@/lib/seo/alternates";
import { listStories } from "@/lib/data/reader";

// "/" is rewritten here (next.config.ts). A route with a [param] and no static params is
// rendered on its first request, never at build time, so a build needs no database.
// Served from the cache; a write revalidates it at once (lib/cache/story-derived-routes.ts),
// this interval only bounds how late a scheduled story can appear.
export const revalidate = 300;

export const generateStaticParams = noStaticParams;

export const metadata: Metadata = { alternates: pageAlternates("/", undefined, env.SITE_NAME) };

export default async function FrontPage({ params }: { params: Promise<{ edition: string }> }) {
  if ((await params).edition !== FRONT_PAGE_EDITION) notFound();
  const { stories } = (await listStories({ where: {} }, { perPage: 30 }))!;
  return <StoryList heading="Latest news" stories={stories} timeZone={env.SITE_TIMEZONE} showSection />;
}
