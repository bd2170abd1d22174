import Link from "next/link";

/** Previous and next pages of a newsroom list, keeping the list's other query parameters. */
export function Pager({
  page,
  pageCount,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pages" className="mt-6 flex items-center gap-4">
      {page > 1 && (
        <Link href={hrefFor(page - 1)} className="underline">
          Previous page
        </Link>
      )}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount && (
        <Link href={hrefFor(page + 1)} className="underline">
          Next page
        </Link>
      )}
    </nav>
  );
}
