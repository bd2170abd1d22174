import { formatDateline } from "@/lib/articles/dateline";

/**
 * Where the story was filed and who filed it, as wire copy prints it ("Hamburg / AFP").
 * Place and agency stay separate fields so feeds and structured data can use each.
 */
export function Dateline({ place, agency }: { place: string; agency: string }) {
  return (
    <span className="font-sans font-semibold tracking-wide uppercase">
      {formatDateline({ place, agency })}
    </span>
  );
}
