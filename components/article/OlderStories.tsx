/**
 * The links at the foot of a list: back to its newest stories (on an earlier page) and on to
 * older ones (while there are any). Lists page by story, not by number, so there is no "page N of M".
 */
export function OlderStories({
  latestHref,
  olderHref,
}: {
  latestHref: string | null;
  olderHref: string | null;
}) {
  if (!latestHref && !olderHref) return null;
  return (
    <nav
      aria-label="More stories"
      className="mt-10 flex items-center justify-between font-sans text-sm font-semibold print:hidden"
    >
      {latestHref ? (
        <a href={latestHref} className="underline">
          ← Latest stories
        </a>
      ) : (
        <span />
      )}
      {olderHref ? (
        <a href={olderHref} rel="next" className="underline">
          Older stories →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
