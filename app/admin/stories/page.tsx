import type { Metadata } from "next";
import Link from "next/link";
import { Cell, DataTable, Row } from "@/components/admin/DataTable";
import { Pagination } from "@/components/ui/Pagination";
import { buttonClass } from "@/components/admin/styles";
import { inputClass } from "@/components/ui/FormField";
import { staffForPage } from "@/lib/auth/staff-page";
import { formatShortDateTime } from "@/lib/dates/format-date";
import { env } from "@/lib/env";
import { pageParam } from "@/lib/validation/query-params";
import { isStoryStatus, storyStatuses } from "@/lib/statuses";
import { listNewsroomStories } from "@/lib/data/newsroom";

export const metadata: Metadata = { title: "Stories" };

type Params = { q?: string; status?: string; page?: string };

export default async function StoriesPage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams;
  const staff = await staffForPage("stories", "/admin/stories");
  const query = (params.q ?? "").trim().slice(0, 200);
  const status = isStoryStatus(params.status) ? params.status : null;
  const page = pageParam(params.page);
  const { stories, pageCount } = await listNewsroomStories(staff, { query, status, page });
  const time = (date: Date | null) => (date ? formatShortDateTime(date, env.SITE_TIMEZONE) : "—");
  const hrefFor = (n: number) =>
    `/admin/stories?${new URLSearchParams({ ...(query ? { q: query } : {}), ...(status ? { status } : {}), page: String(n) })}`;
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold">Stories</h1>
        <Link href="/admin/stories/new" className={buttonClass("primary")}>
          New article
        </Link>
      </div>
      <form
        method="get"
        action="/admin/stories"
        role="search"
        className="mt-6 flex flex-wrap items-end gap-3"
      >
        <div>
          <label htmlFor="story-search" className="block font-semibold">
            Search headlines
          </label>
          <input id="story-search" name="q" type="search" defaultValue={query} className={inputClass} />
        </div>
        <div>
          <label htmlFor="story-status" className="block font-semibold">
            Status
          </label>
          <select id="story-status" name="status" defaultValue={status ?? ""} className={inputClass}>
            <option value="">All</option>
            {storyStatuses.map((name) => (
              <option key={name} value={name}>
                {name[0]!.toUpperCase() + name.slice(1)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          Filter
        </button>
      </form>
      {stories.length === 0 ? (
        <p className="mt-6">No stories match.</p>
      ) : (
        <DataTable
          caption="Stories, most recently changed first"
          columns={["Headline", "Section", "Status", "Publication", "Changed", "Held comments"]}
        >
          {stories.map((story) => (
            <Row key={story.id}>
              <Cell>
                <Link href={`/admin/stories/${story.id}`} className="font-semibold underline">
                  {story.headline}
                </Link>
              </Cell>
              <Cell>{story.section}</Cell>
              <Cell>{story.status}</Cell>
              <Cell>{time(story.publishedAt)}</Cell>
              <Cell>{time(story.updatedAt)}</Cell>
              <Cell className="tabular-nums">{story.pendingComments}</Cell>
            </Row>
          ))}
        </DataTable>
      )}
      <Pagination
        page={page}
        pageCount={pageCount}
        hrefFor={hrefFor}
        previous="Previous page"
        next="Next page"
      />
    </>
  );
}
