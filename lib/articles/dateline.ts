/** A wire dateline: where the story was filed and which agency filed it. */
export type Dateline = { place: string; agency: string };

// `\s` covers the no-break space wire copy puts after the slash.
const datelinePattern = /^\s*([^/]*?\S)\s*\/\s*(\S[^/]*?)\s*$/u;

/** Reads "Hamburg / AFP" (any whitespace around the slash) into its two parts, or null. */
export function parseDateline(line: string): Dateline | null {
  const match = datelinePattern.exec(line);
  if (!match?.[1] || !match[2]) return null;
  return { place: collapse(match[1]), agency: collapse(match[2]) };
}

/** The dateline as readers see it: "Hamburg / AFP". */
export function formatDateline({ place, agency }: Dateline): string {
  return `${place} / ${agency}`;
}

function collapse(text: string): string {
  return text.replace(/\s+/gu, " ");
}
