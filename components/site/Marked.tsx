import { splitMarks } from "@/lib/search/search-query";

/** Text from the search index with the matched words in <mark>; everything else stays plain text. */
export function Marked({ text }: { text: string }) {
  return splitMarks(text).map((piece, i) =>
    piece.marked ? (
      <mark key={i} className="text-ink dark:text-ink-dark bg-[#fff1a8] dark:bg-[#5c4d00]">
        {piece.text}
      </mark>
    ) : (
      piece.text
    ),
  );
}
