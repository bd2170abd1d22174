const MAX_SLUG_LENGTH = 80;

/**
 * A URL slug from a headline: lower case ASCII words joined by hyphens, accents folded
 * ("Zürich" → "zurich"), quotes and punctuation dropped, at most 80 characters cut at a word.
 */
export function slugify(text: string): string {
  const words = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’‘`]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  return slug || words[0]?.slice(0, MAX_SLUG_LENGTH) || "";
}

/** Whether a path segment could be a slug we made; anything else is a 404 without a query. */
export function isSlug(value: string): boolean {
  return value.length <= MAX_SLUG_LENGTH && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}

/**
 * Slugs a story cannot have because a route sits at that place: /world/before/123 is a page of
 * World, so a story slugged "before" would lose its comment, share and reply pages ("page" was
 * the same before lists paged by story, and stays out for the links of that time).
 */
export const RESERVED_STORY_SLUGS: ReadonlySet<string> = new Set(["page", "before"]);

/** Top-level paths the site answers itself: a section by one of these names would be unreachable. */
export const RESERVED_SECTION_SLUGS: ReadonlySet<string> = new Set([
  ...[
    "about",
    "contact",
    "privacy",
    "search",
    "admin",
    "api",
    "share",
    "replies",
    "tag",
    "agency",
    "byline",
    "corrections",
    "media",
  ],
]);
