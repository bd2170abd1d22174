import type { Metadata } from "next";
import Link from "next/link";
import { staffForPage } from "@/lib/auth/staff-page";
import { getSitePage } from "@/lib/data/newsroom";
import { formatShortDateTime } from "@/lib/dates/format-date";
import { env } from "@/lib/env";
import { sitePageSlugs } from "@/lib/site-pages/site-pages";

export const metadata: Metadata = { title: "Pages" };

/** The site's own pages: About and Contact to edit; Privacy, which the code writes. */
export default async function SitePagesPage() {
  await staffForPage("settings", "/admin/pages");
  const pages = await Promise.all(sitePageSlugs.map((slug) => getSitePage(slug)));
  return (
    <>
      <h1 className="text-3xl font-bold">Pages</h1>
      <ul className="mt-6 max-w-2xl space-y-4">
        {pages.map((page) => (
          <li key={page.slug}>
            <Link href={`/admin/pages/${page.slug}`} className="font-semibold underline">
              {page.title}
            </Link>{" "}
            <span className="text-muted dark:text-muted-dark text-sm">
              (/{page.slug},{" "}
              {page.updatedAt
                ? `changed ${formatShortDateTime(page.updatedAt, env.SITE_TIMEZONE)}`
                : "its first text, not yet edited"}
              )
            </span>
          </li>
        ))}
        <li>
          <a href="/privacy" className="font-semibold underline">
            Privacy
          </a>{" "}
          <span className="text-muted dark:text-muted-dark text-sm">
            (/privacy, written from what the site stores and RETENTION_DAYS, so it cannot drift from the
            truth)
          </span>
        </li>
      </ul>
    </>
  );
}
