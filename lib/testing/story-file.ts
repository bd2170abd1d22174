/** A story for a test or benchmark to import, as `npm run import` reads it. */
export type StoryFileFields = {
  slug: string;
  headline: string;
  paragraph: string;
  publishedAt: Date;
  section?: string;
  dateline?: string;
  tags?: string[];
  byline?: string;
};

/**
 * The text of a story file (README: "Importing stories"): front matter, headline, dateline,
 * one paragraph. The e2e specs and the freshness benchmark write their stories with it.
 */
export function storyFileText({
  slug,
  headline,
  paragraph,
  publishedAt,
  section = "Science",
  dateline = "Kestrel Ford / Demo Wire",
  tags,
  byline,
}: StoryFileFields): string {
  const meta = [
    `slug: ${slug}`,
    `section: ${section}`,
    `date: ${publishedAt.toISOString()}`,
    ...(tags ? [`tags: [${tags.join(", ")}]`] : []),
    ...(byline ? [`byline: ${byline}`] : []),
  ];
  return ["---", ...meta, "---", headline, dateline, paragraph, ""].join("\n");
}
