/**
 * Links between the pages of a list (reader lists say "Newer"/"Older stories", the newsroom's
 * "Previous"/"Next page"); the caller's hrefFor decides each page's address.
 */
export function Pagination({
  page,
  pageCount,
  hrefFor,
  previous = "← Newer stories",
  next = "Older stories →",
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  previous?: string;
  next?: string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav
      aria-label="Pages"
      className="mt-10 flex items-center justify-between font-sans text-sm font-semibold print:hidden"
    >
      {page > 1 ? (
        <a href={hrefFor(page - 1)} rel="prev" className="underline">
          {previous}
        </a>
      ) : (
        <span />
      )}
      <span className="text-muted dark:text-muted-dark font-normal">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <a href={hrefFor(page + 1)} rel="next" className="underline">
          {next}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
