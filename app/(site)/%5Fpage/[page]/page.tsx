import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { noStaticParams } from "../../listing-page";
import { PrivacyPage } from "@/components/site/PrivacyPage";
import { SitePage } from "@/components/site/SitePage";
import { SITE_PAGES, type SitePageName } from "@/lib/cache/site-routes";
import { getSitePage } from "@/lib/data/reader";
import { env } from "@/lib/env";
import { pageAlternates } from "@/lib/seo/alternates";

// /about, /contact and /privacy are rewritten here (next.config.ts): rendered on first request,
// never at build time (the privacy page reads RETENTION_DAYS when the server runs), then cached;
// the newsroom's save revalidates its page.
export const revalidate = 3600;

export const generateStaticParams = noStaticParams;

type Params = Promise<{ page: string }>;

async function pageName(params: Params): Promise<SitePageName> {
  const { page } = await params;
  if (!(SITE_PAGES as readonly string[]).includes(page)) notFound();
  return page as SitePageName;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const name = await pageName(params);
  const title = name === "privacy" ? "Privacy" : (await getSitePage(name)).title;
  return { title, alternates: pageAlternates(`/${name}`, undefined, env.SITE_NAME) };
}

export default async function SitePageRoute({ params }: { params: Params }) {
  const name = await pageName(params);
  if (name === "privacy") return <PrivacyPage siteName={env.SITE_NAME} retentionDays={env.RETENTION_DAYS} />;
  return <SitePage page={await getSitePage(name)} timeZone={env.SITE_TIMEZONE} />;
}
