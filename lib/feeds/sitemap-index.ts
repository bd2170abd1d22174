// The sitemap index and its children: one child for the front and section pages, and one per
// month of publication (UTC), split into pages when a month holds more than a sitemap may.
// Months keep old children still: a new story changes only its own month's file.

/** A sitemap holds at most 50,000 addresses (sitemaps.org). */
export const MAX_SITEMAP_URLS = 50_000;

export const PAGES_CHILD = "pages";

export type SitemapChild = { name: string; lastModified?: Date };
export type StoryMonth = { month: string; stories: number; lastModified: Date };
export type ChildStories = { start: Date; end: Date; skip: number; take: number };

/** The month a story was published in, as a child names it: "2026-12". */
export const monthOf = (date: Date) => date.toISOString().slice(0, 7);

/** Published stories' dates, newest first, counted into months. */
export function storyMonths(stories: Array<{ publishedAt: Date; updatedAt: Date }>): StoryMonth[] {
  const months = new Map<string, StoryMonth>();
  for (const { publishedAt, updatedAt } of stories) {
    const month = monthOf(publishedAt);
    const entry = months.get(month) ?? { month, stories: 0, lastModified: updatedAt };
    entry.stories += 1;
    if (updatedAt > entry.lastModified) entry.lastModified = updatedAt;
    months.set(month, entry);
  }
  return [...months.values()].sort((a, b) => b.month.localeCompare(a.month));
}

/** The index's children: the pages, then every month newest first ("2026-12", "2026-12-2", …). */
export function sitemapChildren(months: StoryMonth[], perFile = MAX_SITEMAP_URLS): SitemapChild[] {
  return [
    { name: PAGES_CHILD },
    ...months.flatMap(({ month, stories, lastModified }) =>
      Array.from({ length: Math.ceil(stories / perFile) }, (_, index) => ({
        name: index === 0 ? month : `${month}-${index + 1}`,
        lastModified,
      })),
    ),
  ];
}

/** Which stories a month's child lists, or null for a name no child has. */
export function childStories(name: string, perFile = MAX_SITEMAP_URLS): ChildStories | null {
  const match = /^(\d{4})-(0[1-9]|1[0-2])(?:-([2-9]|[1-9]\d{1,3}))?$/.exec(name);
  if (!match) return null;
  const [, year, month, page = "1"] = match;
  const start = new Date(Date.UTC(Number(year), Number(month) - 1, 1));
  const end = new Date(Date.UTC(Number(year), Number(month), 1));
  return { start, end, skip: (Number(page) - 1) * perFile, take: perFile };
}
