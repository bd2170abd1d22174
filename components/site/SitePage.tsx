import { StoryBody } from "@/components/article/StoryBody";
import { formatShortDate } from "@/lib/dates/format-date";
import type { SitePage as Page } from "@/lib/site-pages/site-pages";

/** About or Contact: the title and Markdown text the newsroom wrote. */
export function SitePage({ page, timeZone }: { page: Page; timeZone: string }) {
  return (
    <article className="mx-auto max-w-[40rem]">
      <h1 className="mb-6 font-sans text-4xl font-bold">{page.title}</h1>
      <StoryBody markdown={page.body} />
      {page.updatedAt && (
        <p className="text-muted dark:text-muted-dark mt-8 font-sans text-sm">
          Last changed on {formatShortDate(page.updatedAt, timeZone)}.
        </p>
      )}
    </article>
  );
}
