import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { parseDateline } from "../articles/dateline";
import { escapeMarkdown } from "../articles/plain-text";
import { slugify } from "../articles/slugify";
import type { StoryText } from "../articles/story-view";
import { frontMatter, storyFields, type FrontMatter } from "../validation/story";
import { photoWords } from "../media/story-photo-form";

/** A story read from a file, ready to be stored. Dates left null are decided at import time. */
export type StoryDraft = StoryText & {
  section: string;
  tags: string[];
  publishedAt: Date | null;
  updatedAt: Date | null;
  /** The lead photograph named by `image:`, its path as written (relative to the story file). */
  image?: { path: string; alt: string; caption: string | null; credit: string | null } | null;
};

export type ParsedStoryFile = { ok: true; story: StoryDraft } | { ok: false; line: number; message: string };

export const DEFAULT_SECTION = "News";

/** Lines that belong to the web page the text was copied from, not to the story. */
const pageChrome = new Set(["leave a reply", "send this to a friend"]);

const fail = (line: number, message: string): ParsedStoryFile => ({ ok: false, line, message });

/**
 * Reads a story file: optional YAML front matter between `---` lines, the headline line,
 * a "Place / Agency" dateline line, then the body, one paragraph per line (or Markdown
 * with `format: markdown`). Trailing page chrome ("Leave a Reply", "Send this to a friend")
 * is dropped. Errors name the 1-based line.
 */
export function parseStoryFile(content: Uint8Array | string): ParsedStoryFile {
  let text: string;
  try {
    text = typeof content === "string" ? content : new TextDecoder("utf-8", { fatal: true }).decode(content);
  } catch {
    return fail(1, "the file is not valid UTF-8 text");
  }
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const badLine = lines.findIndex((line) => /[\u0000-\u0008\u000b-\u001f\u007f]/u.test(line));
  if (badLine >= 0) return fail(badLine + 1, "contains control characters");

  let meta: FrontMatter = {};
  let index = 0;
  if (lines[0]?.trim() === "---") {
    const end = lines.findIndex((line, i) => i > 0 && line.trim() === "---");
    if (end < 0) return fail(1, "front matter opened with --- is never closed");
    const block = lines.slice(1, end);
    let raw: unknown;
    try {
      raw = parseYaml(block.join("\n")) ?? {};
    } catch (error) {
      const yamlLine = (error as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line ?? 1;
      return fail(yamlLine + 1, `front matter is not valid YAML: ${(error as Error).message.split("\n")[0]}`);
    }
    const parsed = frontMatter.safeParse(raw);
    if (!parsed.success) return failOnKey(parsed.error, block);
    meta = parsed.data;
    index = end + 1;
  }

  const next = () => {
    while (index < lines.length && !lines[index]?.trim()) index++;
    return index < lines.length ? { text: lines[index]!.trim(), line: ++index } : null;
  };

  const headline = next();
  if (!headline) return fail(index || 1, "expected a headline, found the end of the file");
  const datelineLine = next();
  if (!datelineLine)
    return fail(headline.line, "expected a dateline like “Hamburg / AFP” after the headline");
  const dateline = parseDateline(datelineLine.text);
  if (!dateline)
    return fail(
      datelineLine.line,
      `expected a dateline like “Hamburg / AFP”, found “${clip(datelineLine.text)}”`,
    );

  const bodyStart = index + 1;
  const bodyLines = lines.slice(index);
  while (
    bodyLines.length &&
    (!bodyLines.at(-1)?.trim() || pageChrome.has(bodyLines.at(-1)!.trim().toLowerCase()))
  ) {
    bodyLines.pop();
  }
  const body =
    meta.format === "markdown"
      ? bodyLines.join("\n").trim()
      : bodyLines
          .map((line) => line.trim())
          .filter(Boolean)
          .map(escapeMarkdown)
          .join("\n\n");
  if (!body) return fail(bodyStart, "the story has no body paragraphs");

  const story = storyFields.safeParse({
    headline: headline.text,
    place: dateline.place,
    agency: dateline.agency,
    standfirst: meta.standfirst ?? null,
    byline: meta.byline ?? null,
    section: meta.section ?? DEFAULT_SECTION,
    tags: meta.tags ?? [],
    body,
    slug: meta.slug ?? slugify(headline.text),
  });
  if (!story.success) {
    const issue = story.error.issues[0]!;
    const field = String(issue.path[0]);
    const line =
      field === "headline"
        ? headline.line
        : field === "place" || field === "agency"
          ? datelineLine.line
          : field === "body"
            ? bodyStart
            : frontMatterLine(lines, field);
    return fail(line, issue.message);
  }

  let image: StoryDraft["image"] = null;
  if (meta.image || meta.image_alt || meta.image_caption || meta.image_credit) {
    if (!meta.image)
      return fail(
        frontMatterLine(lines, "image_alt"),
        "image_alt and the rest need image: the photograph's path",
      );
    const words = photoWords.safeParse({
      alt: meta.image_alt ?? "",
      caption: meta.image_caption ?? "",
      credit: meta.image_credit ?? "",
    });
    if (!words.success) {
      const issue = words.error.issues[0]!;
      const key = `image_${String(issue.path[0])}` as const;
      // A missing image_alt is a mistake on the image: line.
      const line = frontMatterLine(lines, key in meta ? key : "image");
      return fail(line, `${key}: ${issue.message}`);
    }
    image = { path: meta.image, ...words.data };
  }

  return {
    ok: true,
    story: {
      ...story.data,
      image,
      publishedAt: meta.date ?? null,
      updatedAt: meta.updated ?? null,
      commentsOpen: meta.comments !== "closed",
    },
  };
}

function failOnKey(error: z.ZodError, block: string[]): ParsedStoryFile {
  const issue = error.issues[0]!;
  const key = issue.code === "unrecognized_keys" ? issue.keys[0] : String(issue.path[0] ?? "");
  const at = block.findIndex((line) => key && new RegExp(`^\\s*${key}\\s*:`).test(line));
  const message =
    issue.code === "unrecognized_keys" ? `unknown front matter key “${key}”` : `${key}: ${issue.message}`;
  return fail(at >= 0 ? at + 2 : 1, message);
}

function frontMatterLine(lines: string[], key: string): number {
  const at = lines.findIndex((line) => new RegExp(`^\\s*${key}\\s*:`).test(line));
  return at >= 0 ? at + 1 : 1;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
