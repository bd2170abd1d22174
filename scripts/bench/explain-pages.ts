// The query plans behind docs/adr/0013: every SQL statement the archive bench's pages (and two
// searches) send, with SQLite's EXPLAIN QUERY PLAN or PostgreSQL's EXPLAIN ANALYZE, on an
// archive kept by scripts/bench/archive-pages.ts (ARCHIVE_KEEP=1):
//   ARCHIVE_SQLITE_URL=file:… ARCHIVE_POSTGRES_URL=postgresql://… \
//     node --conditions=react-server --import tsx scripts/bench/explain-pages.ts
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import BetterSqlite from "better-sqlite3";
import pg from "pg";
import type { Database } from "../../lib/database/create-client";
import { parseDatabaseUrl, type DatabaseTarget } from "../../lib/database/database-url";
import { PrismaClient as PostgresClient } from "../../lib/generated/postgres/client";
import { PrismaClient as SqliteClient } from "../../lib/generated/sqlite/client";
import { searchStories } from "../../lib/search/search-stories";
import { lastPageCursor, pages, type Landmarks } from "./archive-pages";

type Statement = { sql: string; params: unknown[] };

/** A client that logs its SQL (the app's client is extended, and extended clients cannot log). */
function loggingClient(target: DatabaseTarget) {
  const log = [{ emit: "event", level: "query" }] as const;
  const client =
    target.provider === "sqlite"
      ? new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: `file:${target.file}` }), log: [...log] })
      : new PostgresClient({ adapter: new PrismaPg({ connectionString: target.url }), log: [...log] });
  const statements: Statement[] = [];
  type QueryEvent = { query: string; params: string };
  const events = client as unknown as { $on(kind: "query", listen: (event: QueryEvent) => void): void };
  events.$on("query", (event) => {
    statements.push({ sql: event.query, params: JSON.parse(event.params) as unknown[] });
  });
  return { db: client as unknown as Database, statements };
}

async function plan(target: DatabaseTarget, { sql, params }: Statement): Promise<string[]> {
  if (target.provider === "sqlite") {
    const file = new BetterSqlite(target.file, { readonly: true });
    const values = params.map((value) => (typeof value === "boolean" ? Number(value) : value));
    const rows = file.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...values) as Array<{ detail: string }>;
    file.close();
    return rows.map((row) => row.detail);
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    const result = await client.query<{ "QUERY PLAN": string }>(
      `EXPLAIN (ANALYZE, COSTS OFF, SUMMARY OFF) ${sql}`,
      params,
    );
    return result.rows.map((row) => row["QUERY PLAN"]);
  } finally {
    await client.end();
  }
}

const searches: Array<[label: string, terms: string[]]> = [
  ["search, a word in every story", ["harbour"]],
  ["search, two common words", ["minister", "talks"]],
];

for (const url of [process.env.ARCHIVE_SQLITE_URL, process.env.ARCHIVE_POSTGRES_URL]) {
  if (!url) continue;
  const target = parseDatabaseUrl(url);
  const { db, statements } = loggingClient(target);
  const landmarks = JSON.parse(
    (await db.setting.findUniqueOrThrow({ where: { key: "bench.landmarks" } })).value,
  ) as Landmarks;
  const at: Landmarks = {
    ...landmarks,
    sectionLast: await lastPageCursor(db, "section", landmarks.sectionSlug),
    tagLast: await lastPageCursor(db, "tag", landmarks.tagSlug),
  };
  const reads: Array<[string, () => Promise<unknown>]> = [
    ...pages.map(([label, read]) => [label, () => read(db, at)] as [string, () => Promise<unknown>]),
    ...searches.map(
      ([label, terms]) =>
        [label, () => searchStories(db, target.provider, terms)] as [string, () => Promise<unknown>],
    ),
  ];
  console.log(`# ${target.provider}`);
  for (const [label, read] of reads) {
    statements.length = 0;
    await read();
    console.log(`\n## ${label}`);
    for (const statement of [...statements]) {
      if (/^(BEGIN|COMMIT|SELECT 1)\b/i.test(statement.sql.trim())) continue;
      console.log(`\n${statement.sql.replace(/\s+/g, " ").trim()}`);
      for (const line of await plan(target, statement)) console.log(`    ${line}`);
    }
  }
  await db.$disconnect();
}
