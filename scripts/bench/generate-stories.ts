import type { Database } from "../../lib/database/create-client";

/** A small seeded random generator, so every run indexes the same text. */
export function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const syllables = [
  "ka",
  "lo",
  "ren",
  "tas",
  "mi",
  "dor",
  "vel",
  "sun",
  "par",
  "gen",
  "tor",
  "lis",
  "mar",
  "bo",
  "qua",
  "zen",
];

/** A vocabulary whose words are drawn with a Zipf-like skew: a few are everywhere, most are rare. */
export function vocabulary(size: number, next: () => number): string[] {
  const words = new Set<string>([
    "harbour",
    "minister",
    "talks",
    "storm",
    "election",
    "market",
    "river",
    "summit",
  ]);
  while (words.size < size) {
    const length = 2 + Math.floor(next() * 3);
    words.add(Array.from({ length }, () => syllables[Math.floor(next() * syllables.length)]).join(""));
  }
  return [...words];
}

/**
 * Inserts `count` published stories of generated text into the World section, in batches,
 * through Prisma (so the search triggers or generated column do their work as in production).
 */
export async function generateStories(db: Database, count: number, onProgress?: (done: number) => void) {
  const next = random(42);
  const words = vocabulary(5000, next);
  const word = () => words[Math.floor(words.length * next() ** 3)]!;
  const sentence = (n: number) => Array.from({ length: n }, word).join(" ");
  const section = await db.section.upsert({
    where: { slug: "world" },
    create: { slug: "world", name: "World" },
    update: {},
  });
  const start = new Date("2020-01-01T00:00:00Z").getTime();
  const batch = 1000;
  for (let done = 0; done < count; done += batch) {
    const rows = Array.from({ length: Math.min(batch, count - done) }, (_, i) => {
      const n = done + i;
      const publishedAt = new Date(start + n * 600_000);
      return {
        slug: `generated-story-${n}`,
        headline: `${sentence(7)} ${n}`,
        standfirst: sentence(20),
        body: Array.from({ length: 5 }, () => sentence(40)).join("\n\n"),
        place: "Benchtown",
        agency: "Bench Wire",
        agencySlug: "bench-wire",
        sectionId: section.id,
        status: "published" as const,
        publishedAt,
        updatedAt: publishedAt,
      };
    });
    await db.article.createMany({ data: rows });
    onProgress?.(done + rows.length);
  }
  return words;
}
