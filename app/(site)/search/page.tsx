import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Marked } from "@/components/site/Marked";
import { Pagination } from "@/components/ui/Pagination";
import { SearchForm } from "@/components/site/SearchForm";
import { formatDateline } from "@/lib/articles/dateline";
import { formatShortDate } from "@/lib/dates/format-date";
import { env } from "@/lib/env";
import { pageAlternates } from "@/lib/seo/alternates";
import { MAX_QUERY_LENGTH, parseSearchQuery } from "@/lib/search/search-query";
import { positiveInteger } from "@/lib/validation/query-params";
import { searchStories } from "@/lib/data/reader";

// Results depend on the query: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Search",
  alternates: pageAlternates("/search", undefined, env.SITE_NAME),
  // Result pages are endless and thin; search engines should follow the stories instead.
  robots: { index: false, follow: true },
};

type Params = { q?: string | string[]; page?: string | string[] };

/**
 * GET /search?q=…&page=N: the stories matching every word, 20 a page: best first, or, when more
 * match than searchStories counts, the newest of them, newest first.
 */
export default async function SearchPage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams;
  const query = parseSearchQuery(Array.isArray(params.q) ? params.q[0] : params.q);
  const page = params.page === undefined ? 1 : positiveInteger(String(params.page));
  if (!page) notFound();
  const results = await searchStories(query.terms, { page });
  if (page > 1 && page > results.pageCount) notFound();
  const total = results.total.toLocaleString("en-GB");
  const href = (n: number) =>
    `/search?${new URLSearchParams({ q: query.text, ...(n > 1 ? { page: String(n) } : {}) })}`;

  return (
    <section aria-labelledby="search-heading" className="mx-auto max-w-3xl">
      <h1 id="search-heading" className="mb-4 font-sans text-sm font-bold tracking-widest uppercase">
        Search
      </h1>
      <SearchForm id="search-page-query" name="Search again" query={query.text} large />
      <div role="status" className="mt-6 font-sans">
        {query.text === "" ? (
          <p>Enter one or more words to search the stories.</p>
        ) : results.total === 0 ? (
          <p>
            No stories match <q>{query.text}</q>. Try fewer or different words.
          </p>
        ) : results.totalIsLowerBound ? (
          <>
            <p>
              More than {total} stories match <q>{query.text}</q>; the {total} newest are shown
              {results.pageCount > 1 && `, page ${page} of ${results.pageCount}`}.
            </p>
            <p className="mt-1 text-sm">Add words to find the best matches.</p>
          </>
        ) : (
          <p>
            {results.total === 1 ? "1 story matches" : `${total} stories match`} <q>{query.text}</q>
            {results.pageCount > 1 && `, page ${page} of ${results.pageCount}`}.
          </p>
        )}
        {query.truncated && (
          <p className="mt-1 text-sm">
            Only the first {MAX_QUERY_LENGTH} characters of your search were used.
          </p>
        )}
      </div>
      {results.hits.length > 0 && (
        <ol className="mt-6 space-y-6">
          {results.hits.map((hit) => (
            <li key={hit.id}>
              <article>
                <h2 className="text-xl font-bold">
                  <a href={hit.href} className="hover:underline">
                    <Marked text={hit.headline} />
                  </a>
                </h2>
                <p className="text-muted dark:text-muted-dark mt-1 font-sans text-sm">
                  {formatDateline(hit)} · {hit.section} ·{" "}
                  <time dateTime={hit.publishedAt.toISOString()}>
                    {formatShortDate(hit.publishedAt, env.SITE_TIMEZONE)}
                  </time>
                </p>
                {hit.snippet && (
                  <p className="mt-2">
                    <Marked text={hit.snippet} />
                  </p>
                )}
              </article>
            </li>
          ))}
        </ol>
      )}
      <Pagination
        page={page}
        pageCount={results.pageCount}
        hrefFor={href}
        previous={results.totalIsLowerBound ? "← Newer matches" : "← Better matches"}
        next={results.totalIsLowerBound ? "Older matches →" : "More results →"}
      />
    </section>
  );
}
