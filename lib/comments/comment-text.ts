export type TextPiece = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

/** A paragraph is lines; a line is pieces of text and links. */
export type CommentParagraph = TextPiece[][];

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"]+/gi;
// Punctuation that ends a sentence is rarely part of the address before it.
const TRAILING_PUNCTUATION = /[.,;:!?)\]'"’”]+$/;

/**
 * A visitor's comment as plain text for rendering: paragraphs at blank lines, line breaks
 * kept, bare http(s) addresses as links. Never markup: components render each piece as text.
 */
export function commentParagraphs(body: string): CommentParagraph[] {
  return body
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => paragraph.split("\n").map(linkPieces));
}

function linkPieces(line: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of line.matchAll(URL_IN_TEXT)) {
    const href = match[0].replace(TRAILING_PUNCTUATION, "");
    const start = match.index;
    if (start > last) pieces.push({ kind: "text", text: line.slice(last, start) });
    pieces.push({ kind: "link", text: href, href });
    last = start + href.length;
  }
  if (last < line.length) pieces.push({ kind: "text", text: line.slice(last) });
  return pieces;
}
