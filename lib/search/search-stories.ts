import { storyPath } from "../articles/story-paths";
import type { Database } from "../database/create-client";
import type { DatabaseTarget } from "../database/database-url";
import { MATCH_END, MATCH_START, fts5Expression } from "./search-query";

export const RESULTS_PER_PAGE = 20;

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

export type SearchResults = { hits: SearchHit[]; total: number; pageCount: number };

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
  total: number | bigint;
};

/**
 * Published stories matching every term, best match first, one page of them: SQLite FTS5
 * (bm25, headline weighted highest) or PostgreSQL's tsvector (ts_rank_cd), behind one function.
 * Terms come from parseSearchQuery and go to the database as bound parameters only.
 */
export async function searchStories(
  db: Database,
  provider: DatabaseTarget["provider"],
  terms: string[],
  { page = 1, now = new Date() }: { page?: number; now?: Date } = {},
): Promise<SearchResults> {
  if (terms.length === 0) return { hits: [], total: 0, pageCount: 0 };
  const offset = (page - 1) * RESULTS_PER_PAGE;
  const rows =
    provider === "sqlite"
      ? await searchSqlite(db, terms, now, offset)
      : await searchPostgres(db, terms, now, offset);
  const total = Number(rows[0]?.total ?? 0);
  return {
    total,
    pageCount: Math.ceil(total / RESULTS_PER_PAGE),
    hits: rows.map((row) => ({
      id: row.id,
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

async function searchSqlite(db: Database, terms: string[], now: Date, offset: number): Promise<Row[]> {
  // Prisma stores SQLite dates as ISO text with +00:00; compared as text, so in the same form.
  const cutoff = now.toISOString().replace("Z", "+00:00");
  const match = fts5Expression(terms);
  // FTS5's ranking functions cannot share a query with a window function, so the count is its own.
  // CROSS JOIN makes SQLite read the index first and look stories up by id; left to itself it
  // may walk the stories and test each against the index, which is slower by orders of magnitude.
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<Omit<Row, "total">[]>`
      SELECT a."id", a."slug", a."place", a."agency", a."publishedAt",
             s."slug" AS "sectionSlug", s."name" AS "sectionName",
             highlight("ArticleSearch", 0, ${MATCH_START}, ${MATCH_END}) AS "headline",
             snippet("ArticleSearch", -1, ${MATCH_START}, ${MATCH_END}, '…', 24) AS "snippet"
      FROM "ArticleSearch"
      CROSS JOIN "Article" a ON a."id" = "ArticleSearch".rowid
      JOIN "Section" s ON s."id" = a."sectionId"
      WHERE "ArticleSearch" MATCH ${match} AND a."status" = 'published' AND a."publishedAt" <= ${cutoff}
      ORDER BY bm25("ArticleSearch", 10.0, 4.0, 2.0, 1.0), a."publishedAt" DESC
      LIMIT ${RESULTS_PER_PAGE} OFFSET ${offset}`,
    db.$queryRaw<Array<{ total: number | bigint }>>`
      SELECT count(*) AS "total"
      FROM "ArticleSearch"
      CROSS JOIN "Article" a ON a."id" = "ArticleSearch".rowid
      WHERE "ArticleSearch" MATCH ${match} AND a."status" = 'published' AND a."publishedAt" <= ${cutoff}`,
  ]);
  return rows.map((row) => ({ ...row, total: count?.total ?? 0 }));
}

function searchPostgres(db: Database, terms: string[], now: Date, offset: number): Promise<Row[]> {
  const options = `StartSel=${MATCH_START}, StopSel=${MATCH_END}`;
  // Rank and cut to one page first; headlines are then made for those rows only.
  return db.$queryRaw<Row[]>`
    WITH q AS (SELECT websearch_to_tsquery('english', ${terms.join(" ")}) AS query),
    ranked AS (
      SELECT a."id", ts_rank_cd(a."searchVector", q.query) AS rank, count(*) OVER () AS total
      FROM "Article" a, q
      WHERE a."searchVector" @@ q.query AND a."status" = 'published' AND a."publishedAt" <= ${now}
      ORDER BY rank DESC, a."publishedAt" DESC
      LIMIT ${RESULTS_PER_PAGE} OFFSET ${offset}
    )
    SELECT a."id", a."slug", a."place", a."agency", a."publishedAt",
           s."slug" AS "sectionSlug", s."name" AS "sectionName",
           ts_headline('english', a."headline", q.query, ${`${options}, HighlightAll=true`}) AS "headline",
           ts_headline('english', coalesce(a."standfirst", '') || ' ' || a."body", q.query,
                       ${`${options}, MaxFragments=1, MinWords=12, MaxWords=30`}) AS "snippet",
           ranked.total AS "total"
    FROM ranked
    JOIN "Article" a ON a."id" = ranked."id"
    JOIN "Section" s ON s."id" = a."sectionId"
    CROSS JOIN q
    ORDER BY ranked.rank DESC, a."publishedAt" DESC`;
}
