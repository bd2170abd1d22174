import { wellFormed } from "./well-formed";

/**
 * Characters that change how text around them is shown without being seen themselves.
 * Bidirectional embeddings, overrides and isolates can make a name read backwards
 * ("Trojan source"); the marks (LRM, RLM, ALM) only nudge neutral characters.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/gu;
const BIDI_MARKS = /[\u200e\u200f\u061c]/gu;
/** Zero-width spaces, the word joiner, the byte-order mark, the Mongolian vowel separator, the soft hyphen. */
const ZERO_WIDTH = /[\u200b\u2060\ufeff\u180e\u00ad]/gu;
/**
 * Persian, Indic scripts and emoji need the zero-width (non-)joiner between two letters or
 * pictographs; anywhere else it only hides something.
 */
const STRAY_JOINER =
  /(?<![\p{L}\p{M}\p{Extended_Pictographic}])[\u200c\u200d]|[\u200c\u200d](?![\p{L}\p{M}\p{Extended_Pictographic}])/gu;

/** A name as it should be shown: no direction controls, no invisible characters, joiners only inside words. */
export function withoutInvisibleCharacters(name: string): string {
  return name
    .replace(BIDI_CONTROLS, "")
    .replace(BIDI_MARKS, "")
    .replace(ZERO_WIDTH, "")
    .replace(STRAY_JOINER, "");
}

/**
 * Running text (a comment, a message): direction controls and the byte-order mark go; the
 * marks, joiners and zero-width spaces that scripts such as Arabic, Persian and Thai need stay.
 */
export function withoutDirectionControls(text: string): string {
  return text.replace(BIDI_CONTROLS, "").replace(/\ufeff/gu, "");
}

/**
 * One paragraph of plain text as typed into a newsroom field: well-formed, without direction
 * controls, its line breaks read as the spaces a browser would show, trimmed.
 */
export function asOneParagraph(text: string): string {
  return withoutDirectionControls(wellFormed(text))
    .replace(/\s*[\r\n]+\s*/g, " ")
    .trim();
}
