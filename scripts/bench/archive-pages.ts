// Issue 15's table: what each reader and newsroom page reads on a cache miss, timed on a
// 100-story archive and on a ten-year one (100,000 stories, 1,000,000 comments), on SQLite
// and PostgreSQL, with the ratio. The functions timed are the ones the pages call.
// Alone (the generation takes minutes per database):
//   node --conditions=react-server --import tsx scripts/bench/archive-pages.ts
// ARCHIVE_STORIES, ARCHIVE_COMMENTS and ARCHIVE_RUNS change the size and the runs per page;
// ARCHIVE_KEEP=1 keeps the large databases and prints their URLs; ARCHIVE_SQLITE_URL and
// ARCHIVE_POSTGRES_URL reuse kept ones (migrated to the current schema first);
// ARCHIVE_DATABASES=sqlite (or postgresql) runs one.
import { performance } from "node:perf_hooks";
import { getStory } from "../../lib/articles/get-story";
import { findListing, listRelatedStories, listStories, STORIES_PER_PAGE } from "../../lib/articles/listings";
import { listComments } from "../../lib/comments/list-comments";
import { createPrismaClient, type Database } from "../../lib/database/create-client";
import { parseDatabaseUrl, type DatabaseTarget } from "../../lib/database/database-url";
import { runMigrations } from "../../lib/database/run-migrations";
import { listCommentQueue } from "../../lib/newsroom/comment-queue";
import { listSections } from "../../lib/sections/list-sections";
import { createTemporaryDatabase, postgresAnswers } from "../../lib/testing/temporary-database";
import { generateArchive, type ArchiveLandmarks, type ArchiveSize } from "./generate-archive";
import { percentiles } from "./percentiles";

type Provider = DatabaseTarget["provider"];
type Page = [label: string, read: (db: Database, at: Landmarks) => Promise<unknown>];

const runs = Number(process.env.ARCHIVE_RUNS ?? 40);
const large: ArchiveSize = {
  stories: Number(process.env.ARCHIVE_STORIES ?? 100_000),
  comments: Number(process.env.ARCHIVE_COMMENTS ?? 1_000_000),
};
// 2,000 comments, so that the small archive's moderation queue fills its first page (50) as the
// large one's does: with 1,000, 30 are pending, and the page compared would be a shorter one.
const small: ArchiveSize = { stories: 100, comments: 2_000 };
const editor = { id: "bench", name: "Bench", email: "bench@example.com", role: "admin" as const };

/**
 * The story whose `before` page is a list's last: the 21st oldest (found before timing), or none
 * when the whole list fits on its first page, as on the small archive.
 */
export async function lastPageCursor(db: Database, kind: "section" | "tag", slug: string) {
  const listing = (await findListing(db, kind, slug))!;
  const where =
    "tagId" in listing.filter ? { tags: { some: { tagId: listing.filter.tagId } } } : listing.filter.where;
  const row = await db.article.findFirst({
    where: { ...where, status: "published" },
    orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
    skip: STORIES_PER_PAGE,
    select: { id: true },
  });
  return row?.id;
}

export type Landmarks = ArchiveLandmarks & { sectionLast?: number; tagLast?: number };

async function lastPage(db: Database, kind: "section" | "tag", slug: string, before?: number) {
  const listing = (await findListing(db, kind, slug))!;
  return listStories(db, listing.filter, { before });
}

/** Each page, as the page's code reads it on a cache miss. */
export const pages: Page[] = [
  [
    "story page",
    async (db, at) => {
      const story = (await getStory(db, at.storySlug))!;
      await Promise.all([listComments(db, story.id, 1), listRelatedStories(db, story), listSections(db)]);
    },
  ],
  ["front page", (db) => Promise.all([listStories(db, { where: {} }, { perPage: 30 }), listSections(db)])],
  ["section, last page", (db, at) => lastPage(db, "section", at.sectionSlug, at.sectionLast)],
  ["tag, last page", (db, at) => lastPage(db, "tag", at.tagSlug, at.tagLast)],
  [
    "byline, page 1",
    async (db, at) => listStories(db, (await findListing(db, "byline", at.bylineSlug))!.filter),
  ],
  ["comments, last page", (db, at) => listComments(db, at.busiestStoryId, at.busiestLastPage)],
  ["newsroom queue", (db) => listCommentQueue(db, editor, { status: "pending", page: 1 })],
];

/** The landmarks with the two lists' last-page cursors, checked to lead to pages with content. */
async function landmarksOf(db: Database, landmarks: ArchiveLandmarks): Promise<Landmarks> {
  const at: Landmarks = {
    ...landmarks,
    sectionLast: await lastPageCursor(db, "section", landmarks.sectionSlug),
    tagLast: await lastPageCursor(db, "tag", landmarks.tagSlug),
  };
  // A page with nothing on it would time nothing.
  const comments = await listComments(db, at.busiestStoryId, at.busiestLastPage);
  if (comments.threads.length === 0 || comments.page !== comments.pageCount) {
    throw new Error(`comments page ${at.busiestLastPage} is not the busiest story's last page`);
  }
  console.log(`  comments, last page: page ${at.busiestLastPage}, ${comments.threads.length} threads`);
  return at;
}

type Timing = { p50: number; p95: number };

/**
 * Each page on both archives, the runs alternating between them, so that whatever else the
 * machine does in the meantime weighs on both sides of the ratio alike.
 */
async function timePages(archives: Array<{ db: Database; at: Landmarks }>) {
  const times = archives.map(() => new Map<string, Timing>());
  for (const [label, read] of pages) {
    for (const { db, at } of archives) for (let i = 0; i < 5; i++) await read(db, at); // warm up
    const samples: number[][] = archives.map(() => []);
    for (let i = 0; i < runs; i++) {
      for (let k = 0; k < archives.length; k++) {
        const which = (i + k) % archives.length;
        const { db, at } = archives[which]!;
        const started = performance.now();
        await read(db, at);
        samples[which]!.push(performance.now() - started);
      }
    }
    samples.forEach((list, which) => {
      const { p50, p95 } = percentiles(list);
      times[which]!.set(label, { p50, p95 });
    });
  }
  return times;
}

/** A migrated database filled with an archive of this size, or a kept one. */
async function archive(provider: Provider, size: ArchiveSize, keptUrl?: string) {
  if (keptUrl) {
    runMigrations(parseDatabaseUrl(keptUrl), keptUrl);
    const db = createPrismaClient(parseDatabaseUrl(keptUrl));
    const at = JSON.parse(
      (await db.setting.findUniqueOrThrow({ where: { key: "bench.landmarks" } })).value,
    ) as ArchiveLandmarks;
    return { db, at, seconds: 0, drop: () => db.$disconnect(), url: keptUrl };
  }
  const temp = await createTemporaryDatabase(provider);
  const started = performance.now();
  const at = await generateArchive(temp.db, provider, size, { quiet: size === small });
  const seconds = (performance.now() - started) / 1000;
  await temp.db.setting.create({ data: { key: "bench.landmarks", value: JSON.stringify(at) } });
  return { db: temp.db, at, seconds, drop: temp.drop, url: temp.url };
}

export async function benchArchivePages() {
  const providers = (
    ["sqlite", ...((await postgresAnswers()) ? ["postgresql" as const] : [])] as Provider[]
  ).filter((provider) => (process.env.ARCHIVE_DATABASES ?? provider).includes(provider));
  const rows: Array<Record<string, string | number>> = [];
  const generation: string[] = [];
  for (const provider of providers) {
    const keptUrl = provider === "sqlite" ? process.env.ARCHIVE_SQLITE_URL : process.env.ARCHIVE_POSTGRES_URL;
    console.log(`${provider}: generating the archives…`);
    const little = await archive(provider, small);
    const big = await archive(provider, large, keptUrl);
    if (!keptUrl) generation.push(`${provider}: ${big.seconds.toFixed(0)} s`);
    try {
      const [atSmall, atLarge] = await timePages([
        { db: little.db, at: await landmarksOf(little.db, little.at) },
        { db: big.db, at: await landmarksOf(big.db, big.at) },
      ]);
      for (const [label] of pages) {
        const [a, b] = [atSmall!.get(label)!, atLarge!.get(label)!];
        rows.push({
          database: provider,
          page: label,
          "100 p50": +a.p50.toFixed(2),
          "100 p95": +a.p95.toFixed(2),
          "100k/1M p50": +b.p50.toFixed(2),
          "100k/1M p95": +b.p95.toFixed(2),
          ratio: +(b.p50 / a.p50).toFixed(2),
        });
      }
    } finally {
      await little.drop();
      if (process.env.ARCHIVE_KEEP && !keptUrl) {
        await big.db.$disconnect();
        console.log(`kept: ${big.url}`);
      } else await big.drop();
    }
  }
  console.log(
    `\npages on a cache miss, ms (${runs} runs each): 100 stories / 2,000 comments against ` +
      `${large.stories.toLocaleString("en-GB")} stories / ${large.comments.toLocaleString("en-GB")} comments`,
  );
  console.table(rows);
  if (generation.length) console.log(`generation: ${generation.join(", ")}`);
  const slow = rows.filter((row) => Number(row.ratio) > 1.2);
  console.log(
    slow.length
      ? `over 1.2x: ${slow.map((row) => `${row.page} (${row.database}, ${row.ratio}x)`).join("; ")}`
      : "every page within 1.2x",
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await benchArchivePages();
