import type { Database } from "../database/create-client";
import { slugify } from "./slugify";

/** The addresses of a story's agency and byline pages (/agency/afp, /byline/jane-doe). */
export function creditSlugs({ agency, byline }: { agency: string; byline: string | null }) {
  return { agencySlug: slugify(agency), bylineSlug: byline ? slugify(byline) || null : null };
}

/** Fills the credit slugs of stories stored before they existed; a no-op once done. */
export async function backfillCreditSlugs(db: Database): Promise<number> {
  const stories = await db.article.findMany({
    where: { agencySlug: "" },
    select: { id: true, agency: true, byline: true },
  });
  for (const story of stories) {
    await db.article.update({ where: { id: story.id }, data: creditSlugs(story) });
  }
  return stories.length;
}
