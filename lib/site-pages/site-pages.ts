import { recordAudit } from "../audit/record-audit";
import type { Database } from "../database/create-client";
import { authorize, type Staff } from "../auth/roles";

/** The pages the newsroom writes itself; the privacy page is written by code (app/(site)/privacy). */
export const sitePageSlugs = ["about", "contact"] as const;
export type SitePageSlug = (typeof sitePageSlugs)[number];

export function isSitePageSlug(value: unknown): value is SitePageSlug {
  return typeof value === "string" && (sitePageSlugs as readonly string[]).includes(value);
}

export type SitePage = { slug: SitePageSlug; title: string; body: string; updatedAt: Date | null };

/** What a page says until the newsroom first saves it. */
function firstText(slug: SitePageSlug, siteName: string): Omit<SitePage, "slug" | "updatedAt"> {
  return slug === "about"
    ? {
        title: `About ${siteName}`,
        body: `${siteName} publishes news from its own reporters and from news agencies. Every story carries its dateline (where it was reported) and its source.\n\nWhen we get something wrong, we correct it on the story.`,
      }
    : {
        title: "Contact us",
        body: `To reach the newsroom, write to the editors at the address your newsroom gives here.\n\nTo ask what ${siteName} stores about you, or to have it erased, see the [privacy page](/privacy).`,
      };
}

/** A page as readers see it: what the newsroom saved, or its first text. */
export async function getSitePage(db: Database, slug: SitePageSlug, siteName: string): Promise<SitePage> {
  const row = await db.sitePage.findUnique({ where: { slug } });
  return row
    ? { slug, title: row.title, body: row.body, updatedAt: row.updatedAt }
    : { slug, ...firstText(slug, siteName), updatedAt: null };
}

/** Saves a page's title and text (admins only). */
export async function saveSitePage(
  db: Database,
  staff: Staff | null,
  slug: SitePageSlug,
  page: { title: string; body: string },
  now = new Date(),
): Promise<void> {
  authorize(staff, "settings");
  await db.$transaction(async (tx) => {
    await tx.sitePage.upsert({
      where: { slug },
      create: { slug, ...page, updatedAt: now },
      update: { ...page, updatedAt: now },
    });
    await recordAudit(
      tx,
      staff,
      { action: "page.save", subjectId: slug, summary: `/${slug}: ${page.title}` },
      now,
    );
  });
}
