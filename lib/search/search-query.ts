/** Longest query we read; the rest of a longer one is ignored (and the reader told). */
export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 12;
const MAX_TERM_LENGTH = 40;

/** Marks around matched words in headlines and snippets; the page turns them into <mark>. */
export const MATCH_START = "\u2E28";
export const MATCH_END = "\u2E29";

export type SearchQuery = { text: string; terms: string[]; truncated: boolean };

/**
 * What a visitor typed, reduced to the words we search for: letters and digits only, lower
 * case, each once. Quotes, operators, SQL and markup are not words, so they never reach the
 * database's query parser; a query of only such characters has no terms.
 */
export function parseSearchQuery(raw: unknown): SearchQuery {
  const full = typeof raw === "string" ? raw.replace(/\s+/g, " ").trim() : "";
  const text = full.slice(0, MAX_QUERY_LENGTH);
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const terms = [...new Set(words.map((word) => word.slice(0, MAX_TERM_LENGTH)))].slice(0, MAX_TERMS);
  return { text, terms, truncated: full.length > MAX_QUERY_LENGTH };
}

/** An FTS5 MATCH expression: every term quoted (so none is read as an operator), all required. */
export function fts5Expression(terms: string[]): string {
  return terms.map((term) => `"${term.replaceAll('"', '""')}"`).join(" ");
}

export type MarkedPiece = { text: string; marked: boolean };

/** Splits text with match marks into plain and marked pieces. */
export function splitMarks(text: string): MarkedPiece[] {
  const pieces: MarkedPiece[] = [];
  const pattern = new RegExp(`${MATCH_START}([^${MATCH_END}]*)${MATCH_END}`, "gu");
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) pieces.push({ text: text.slice(last, match.index), marked: false });
    pieces.push({ text: match[1]!, marked: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), marked: false });
  return pieces.filter((piece) => piece.text !== "");
}
