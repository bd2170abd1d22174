import { fromMarkdown } from "mdast-util-from-markdown";
import { toString } from "mdast-util-to-string";
import { photoMarkerNumber } from "../media/photo-marker";

const WORDS_PER_MINUTE = 230;

/** The paragraphs of a Markdown body as plain text, in order; a photograph's "[Photo 2]" line is no text. */
export function paragraphsOf(markdown: string): string[] {
  return fromMarkdown(markdown)
    .children.filter((node) => node.type === "paragraph")
    .map((node) => toString(node).trim())
    .filter((text) => text && photoMarkerNumber(text) === null);
}

/** The whole body as plain text, for counting and excerpts. */
export function plainTextOf(markdown: string): string {
  return toString(fromMarkdown(markdown));
}

/** Minutes to read at an adult's silent reading pace, at least one. */
export function readingMinutes(markdown: string): number {
  const words = plainTextOf(markdown).split(/\s+/u).filter(Boolean).length;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

/** A teaser for lists: the standfirst when there is one, else the first paragraph cut at a word. */
export function excerptOf(standfirst: string | null, markdown: string, maxLength = 220): string {
  if (standfirst?.trim()) return standfirst.trim();
  const first = paragraphsOf(markdown)[0] ?? "";
  if (first.length <= maxLength) return first;
  const cut = first.slice(0, maxLength);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 1)).replace(/[\s,;:.–—-]+$/u, "")}…`;
}

/**
 * Escapes plain text so Markdown shows it exactly as written: wire copy's `*`, `_` or a
 * line starting "1." must not turn into emphasis or lists.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>&~|]/g, "\\$&")
    .replace(/^(\s*)([#+=-])/u, "$1\\$2")
    .replace(/^(\s*\d+)([.)])/u, "$1\\$2");
}
