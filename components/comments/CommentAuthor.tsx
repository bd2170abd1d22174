/** The commenter's name, linked to their website the way user-generated links must be. */
export function CommentAuthor({ name, url }: { name: string; url: string | null }) {
  return url ? (
    <a href={url} rel="nofollow ugc noopener" className="font-bold underline">
      {name}
    </a>
  ) : (
    <span className="font-bold">{name}</span>
  );
}
