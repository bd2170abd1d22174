import { fromMarkdown } from "mdast-util-from-markdown";
import { toString } from "mdast-util-to-string";

/**
 * Where a photograph goes in a story's body: a paragraph of its own reading "[Photo 2]".
 * Plain words an editor can type and read in the editor, in revisions and in an import file;
 * Markdown leaves them as text (a reference link with no definition), so nothing else can
 * turn into one.
 */
const MARKER = /^\[Photo ([1-9][0-9]{0,3})\]$/u;

/** The number a paragraph's whole text places, or null when it is ordinary text. */
export function photoMarkerNumber(paragraphText: string): number | null {
  const match = MARKER.exec(paragraphText.trim());
  return match ? Number(match[1]) : null;
}

/** The line an editor writes to place photograph `number`. */
export const photoMarker = (number: number): string => `[Photo ${number}]`;

/** The numbers a Markdown body places, in order, as the reader page reads them (whole paragraphs). */
export function placedPhotoNumbers(markdown: string): number[] {
  return fromMarkdown(markdown)
    .children.flatMap((node) => (node.type === "paragraph" ? [photoMarkerNumber(toString(node))] : []))
    .filter((number): number is number => number !== null);
}
