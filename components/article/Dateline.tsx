/**
 * Where the story was filed and who filed it, as wire copy prints it ("Hamburg / AFP").
 * Place and agency stay separate fields so feeds and structured data can use each; with
 * agencyHref the agency links to its page of stories.
 */
export function Dateline({
  place,
  agency,
  agencyHref,
}: {
  place: string;
  agency: string;
  agencyHref?: string;
}) {
  return (
    <span className="font-sans font-semibold tracking-wide uppercase">
      {place} /{" "}
      {agencyHref ? (
        <a href={agencyHref} className="hover:underline">
          {agency}
        </a>
      ) : (
        agency
      )}
    </span>
  );
}
