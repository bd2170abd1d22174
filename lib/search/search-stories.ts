import { storyPath } from "../articles/story-paths";
import type { Database } from "../database/create-client";
import type { DatabaseTarget } from "../database/database-url";
import { MATCH_END, MATCH_START, fts5Expression } from "./search-query";

export const RESULTS_PER_PAGE = 20;

/**
 * Matches are counted up to this many. As many or fewer are ranked by relevance; past it, the
 * newest this many are shown, newest first (so at most SEARCH_CAP / RESULTS_PER_PAGE pages):
 * ranking and counting every match is what made common words slow. Finding the newest cap + 1
 * costs more as the cap grows (on PostgreSQL as its square root, for words in a few percent of
 * stories); at 200 every query stays under 40 ms at p95 at 100,000 stories (scripts/bench/search.ts).
 */
export const SEARCH_CAP = 200;

export type SearchHit = {
  id: number;
  href: string;
  /** With match marks (see splitMarks). */
  headline: string;
  /** A passage with the matched words, with match marks. */
  snippet: string;
  place: string;
  agency: string;
  section: string;
  publishedAt: Date;
};

export type SearchResults = {
  hits: SearchHit[];
  /** Stories that match; when totalIsLowerBound, more than this many match. */
  total: number;
  /** True when more stories match than are counted: hits are then newest first, not best first. */
  totalIsLowerBound: boolean;
  pageCount: number;
};

type Row = {
  id: number;
  slug: string;
  headline: string;
  snippet: string | null;
  place: string;
  agency: string;
  sectionSlug: string;
  sectionName: string;
  publishedAt: Date | string;
};

/** How many stories match (counted up to cap + 1) and the ids of the requested page, in order. */
type Page = { matches: number; ids: number[] };
type Ask = { terms: string[]; now: Date; cap: number; offset: number; recentWindow: number };

/**
 * Published stories matching every term, one page of them: SQLite FTS5 (bm25, headline weighted
 * highest) or PostgreSQL's tsvector (ts_rank_cd), behind one function. Few matches come best
 * first; more than `cap` come newest first. Terms come from parseSearchQuery and go to the
 * database as bound parameters only.
 */
export async function searchStories(
  db: Database,
  provider: DatabaseTarget["provider"],
  terms: string[],
  {
    page = 1,
    now = new Date(),
    cap = SEARCH_CAP,
    recentWindow = RECENT_WINDOW,
  }: { page?: number; now?: Date; cap?: number; recentWindow?: number } = {},
): Promise<SearchResults> {
  if (terms.length === 0) return { hits: [], total: 0, totalIsLowerBound: false, pageCount: 0 };
  // Pages are 1, 2, …; anything else reads as the first.
  const offset = (Number.isInteger(page) && page > 1 ? page - 1 : 0) * RESULTS_PER_PAGE;
  const ask = { terms, now, cap, offset, recentWindow };
  const { matches, ids } = provider === "sqlite" ? await pageSqlite(db, ask) : await pagePostgres(db, ask);
  const total = Math.min(matches, cap);
  // Marks and snippets are made for the page's stories only: over every match they cost the most.
  const rows =
    ids.length === 0
      ? []
      : provider === "sqlite"
        ? await detailsSqlite(db, terms, ids)
        : await detailsPostgres(db, terms, ids);
  return {
    total,
    totalIsLowerBound: matches > cap,
    pageCount: Math.ceil(total / RESULTS_PER_PAGE),
    hits: rows.map((row) => ({
      id: Number(row.id),
      href: storyPath(row.sectionSlug, row.slug),
      headline: row.headline,
      snippet: row.snippet ?? "",
      place: row.place,
      agency: row.agency,
      section: row.sectionName,
      publishedAt: new Date(row.publishedAt),
    })),
  };
}

type Ids = Array<{ id: number | bigint }>;

/** How many of the newest stories SQLite looks among first for a page of a common word's matches. */
const RECENT_WINDOW = 5000;
const idsOf = (rows: Ids) => rows.map((row) => Number(row.id));

async function pageSqlite(db: Database, { terms, now, cap, offset, recentWindow }: Ask): Promise<Page> {
  // Prisma stores SQLite dates as ISO text with +00:00; compared as text, so in the same form.
  const cutoff = now.toISOString().replace("Z", "+00:00");
  const match = fts5Expression(terms);
  // CROSS JOIN makes SQLite read the index first and look stories up by id; left to itself it
  // may walk the stories and test each against the index, which is slower by orders of magnitude.
  // The LIMIT stops the count early: a word in every story is counted to cap + 1, not to 100,000.
  const [{ matches }] = await db.$queryRaw<[{ matches: number | bigint }]>`
    SELECT count(*) AS "matches" FROM (
      SELECT 1 FROM "ArticleSearch"
      CROSS JOIN "Article" a ON a."id" = "ArticleSearch".rowid
      WHERE "ArticleSearch" MATCH ${match} AND a."status" = 'published' AND a."publishedAt" <= ${cutoff}
      LIMIT ${cap + 1})`;
  const count = Number(matches);
  if (offset >= Math.min(count, cap)) return { matches: count, ids: [] };
  if (count <= cap) {
    const ranked = await db.$queryRaw<Ids>`
      SELECT a."id" FROM "ArticleSearch"
      CROSS JOIN "Article" a ON a."id" = "ArticleSearch".rowid
      WHERE "ArticleSearch" MATCH ${match} AND a."status" = 'published' AND a."publishedAt" <= ${cutoff}
      ORDER BY bm25("ArticleSearch", 10.0, 4.0, 2.0, 1.0), a."publishedAt" DESC, a."id" DESC
      LIMIT ${RESULTS_PER_PAGE} OFFSET ${offset}`;
    return { matches: count, ids: idsOf(ranked) };
  }
  // Newest first. Most often the page is among the newest `recentWindow` stories: they are read
  // from the (status, publishedAt) index, and the index is asked only for matches with an id at
  // least theirs (a range FTS5 seeks), so a word in every story builds a set of ~5,000 ids, not
  // 100,000 (3 ms against 30 ms). The window is a prefix of the order, so a full page from it is
  // the right page; with more than `cap` matches every page is full.
  const recent = await db.$queryRaw<Ids>`
    WITH recent AS (
      SELECT "id", "publishedAt" FROM "Article"
      WHERE "status" = 'published' AND "publishedAt" <= ${cutoff}
      ORDER BY "publishedAt" DESC, "id" DESC LIMIT ${recentWindow})
    SELECT r."id" FROM recent r
    WHERE r."id" IN (
      SELECT rowid FROM "ArticleSearch"
      WHERE "ArticleSearch" MATCH ${match} AND rowid >= (SELECT min("id") FROM recent))
    ORDER BY r."publishedAt" DESC, r."id" DESC
    LIMIT ${RESULTS_PER_PAGE} OFFSET ${offset}`;
  if (recent.length === RESULTS_PER_PAGE) return { matches: count, ids: idsOf(recent) };
  // Else walk the (status, publishedAt) index, which holds the id too, keeping the stories in
  // the set of every matching id (built once, with a Bloom filter): no story row is read.
  // The `+` keeps SQLite from looking every match up by id instead and sorting them all.
  const newest = await db.$queryRaw<Ids>`
    SELECT a."id" FROM "Article" a
    WHERE a."status" = 'published' AND a."publishedAt" <= ${cutoff}
      AND +a."id" IN (SELECT rowid FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${match})
    ORDER BY a."publishedAt" DESC, a."id" DESC
    LIMIT ${RESULTS_PER_PAGE} OFFSET ${offset}`;
  return { matches: count, ids: idsOf(newest) };
}

function detailsSqlite(db: Database, terms: string[], ids: number[]): Promise<Row[]> {
  // highlight() and snippet() need the row to be found by MATCH; with the rowid as well, FTS5
  // seeks straight to it.
  return db.$queryRaw<Row[]>`
    SELECT a."id", a."slug", a."place", a."agency", a."publishedAt",
           s."slug" AS "sectionSlug", s."name" AS "sectionName",
           highlight("ArticleSearch", 0, ${MATCH_START}, ${MATCH_END}) AS "headline",
           snippet("ArticleSearch", -1, ${MATCH_START}, ${MATCH_END}, '…', 24) AS "snippet"
    FROM json_each(${JSON.stringify(ids)}) page
    CROSS JOIN "ArticleSearch" ON "ArticleSearch".rowid = page.value
    CROSS JOIN "Article" a ON a."id" = page.value
    JOIN "Section" s ON s."id" = a."sectionId"
    WHERE "ArticleSearch" MATCH ${fts5Expression(terms)}
    ORDER BY page.key`;
}

/** The newest stories, tested one by one, tell how common the words are lately. */
const SAMPLE = 100;
/**
 * Most stories worth testing one by one, newest first, for the newest cap + 1 matches: each
 * test reads the story's tsvector (~3 kB, out of line), ~9 µs, where the GIN index costs ~3 µs
 * a match. At 100,000 stories and a cap of 200 the two cost the same, ~23 ms, at 2,500.
 */
const WALK_LIMIT = 2500;

/**
 * The newest cap + 1 matches, ranked if there are no more than cap. Walking the date index
 * newest first reads the tsvector of every story passed over; the GIN index reads every match
 * from the heap, and all are then sorted. So a common word is walked and others are read through
 * the index: how many of the newest SAMPLE stories match says which will be shorter.
 */
async function pagePostgres(db: Database, { terms, now, cap, offset }: Ask): Promise<Page> {
  const text = terms.join(" ");
  const [{ found }] = await db.$queryRaw<[{ found: number | bigint }]>`
    SELECT count(*) AS "found" FROM (
      SELECT a."searchVector" FROM "Article" a
      WHERE a."status" = 'published' AND a."publishedAt" <= ${now}
      ORDER BY a."publishedAt" DESC LIMIT ${SAMPLE}) newest
    WHERE newest."searchVector" @@ websearch_to_tsquery('english', ${text})`;
  const walk = Math.ceil(((cap + 1) * SAMPLE) / Number(found)); // Infinity when none found
  let newest: Ids = [];
  if (walk <= WALK_LIMIT) {
    // Half as many again, no more: a word common only lately then goes to the index below.
    newest = await db.$queryRaw<Ids>`
      SELECT walked."id" FROM (
        SELECT a."id", a."publishedAt", a."searchVector" FROM "Article" a
        WHERE a."status" = 'published' AND a."publishedAt" <= ${now}
        ORDER BY a."publishedAt" DESC, a."id" DESC LIMIT ${Math.ceil(walk * 1.5)}) walked
      WHERE walked."searchVector" @@ websearch_to_tsquery('english', ${text})
      ORDER BY walked."publishedAt" DESC, walked."id" DESC
      LIMIT ${cap + 1}`;
  }
  if (newest.length <= cap) {
    // MATERIALIZED reads every match through the GIN index before sorting: given the sort and
    // limit together, the planner, which does not count tsvector reads, would walk the dates.
    // (A word its statistics call common yet rare lately may still be read by a full scan.)
    newest = await db.$queryRaw<Ids>`
      WITH matches AS MATERIALIZED (
        SELECT a."id", a."publishedAt" FROM "Article" a
        WHERE a."searchVector" @@ websearch_to_tsquery('english', ${text})
          AND a."status" = 'published' AND a."publishedAt" <= ${now})
      SELECT "id" FROM matches ORDER BY "publishedAt" DESC, "id" DESC LIMIT ${cap + 1}`;
  }
  const ids = idsOf(newest);
  if (ids.length > cap || offset >= ids.length) {
    return { matches: ids.length, ids: ids.slice(offset, Math.min(offset + RESULTS_PER_PAGE, cap)) };
  }
  const ranked = await db.$queryRaw<Ids>`
    SELECT a."id" FROM "Article" a
    WHERE a."id" = ANY(${ids}::int[])
    ORDER BY ts_rank_cd(a."searchVector", websearch_to_tsquery('english', ${text})) DESC,
             a."publishedAt" DESC, a."id" DESC
    LIMIT ${RESULTS_PER_PAGE} OFFSET ${offset}`;
  return { matches: ids.length, ids: idsOf(ranked) };
}

function detailsPostgres(db: Database, terms: string[], ids: number[]): Promise<Row[]> {
  const options = `StartSel=${MATCH_START}, StopSel=${MATCH_END}`;
  return db.$queryRaw<Row[]>`
    WITH q AS (SELECT websearch_to_tsquery('english', ${terms.join(" ")}) AS query)
    SELECT a."id", a."slug", a."place", a."agency", a."publishedAt",
           s."slug" AS "sectionSlug", s."name" AS "sectionName",
           ts_headline('english', a."headline", q.query, ${`${options}, HighlightAll=true`}) AS "headline",
           ts_headline('english', coalesce(a."standfirst", '') || ' ' || a."body", q.query,
                       ${`${options}, MaxFragments=1, MinWords=12, MaxWords=30`}) AS "snippet"
    FROM unnest(${ids}::int[]) WITH ORDINALITY AS page("id", n)
    JOIN "Article" a ON a."id" = page."id"
    JOIN "Section" s ON s."id" = a."sectionId"
    CROSS JOIN q
    ORDER BY page.n`;
}
