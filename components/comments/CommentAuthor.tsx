/** The commenter's name, linked to their website the way user-generated links must be; newsroom replies get a badge. */
export function CommentAuthor({
  name,
  url,
  staff = false,
}: {
  name: string;
  url: string | null;
  staff?: boolean;
}) {
  const badge = staff && (
    <span className="bg-ink text-paper dark:bg-ink-dark dark:text-paper-dark ml-2 rounded px-1.5 py-0.5 font-sans text-xs font-semibold">
      Staff
    </span>
  );
  return url ? (
    <>
      <a href={url} rel="nofollow ugc noopener" className="font-bold underline">
        {name}
      </a>
      {badge}
    </>
  ) : (
    <>
      <span className="font-bold">{name}</span>
      {badge}
    </>
  );
}
