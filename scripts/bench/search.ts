// Search at scale: 100,000 generated stories on SQLite (FTS5) and PostgreSQL (tsvector + GIN),
// each query timed through searchStories, the function the search page calls.
// SEARCH_STORIES (default 100000) and SEARCH_RUNS (default 30 per query) change the size.
import { performance } from "node:perf_hooks";
import { parseSearchQuery } from "../../lib/search/search-query";
import { searchStories } from "../../lib/search/search-stories";
import { createTemporaryDatabase, postgresAnswers } from "../../lib/testing/temporary-database";
import { generateStories } from "./generate-stories";

const count = Number(process.env.SEARCH_STORIES ?? 100_000);
const runs = Number(process.env.SEARCH_RUNS ?? 30);

/** From rare to common words, several words, a page far back, and nothing at all. */
const queries = (words: string[]): Array<[string, string, number]> => [
  ["rare word", words.at(-1)!, 1],
  ["middling word", words[200]!, 1],
  ["common word", "harbour", 1],
  ["two words", "minister talks", 1],
  ["three words", "storm river summit", 1],
  ["common word, page 10", "harbour", 10],
  ["no match", "zzyzx", 1],
  ["hostile", '\'; DROP TABLE "Article"; -- " AND OR (', 1],
];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

export async function benchSearch() {
  const providers = ["sqlite" as const, ...((await postgresAnswers()) ? ["postgresql" as const] : [])];
  const table: Array<Record<string, string | number>> = [];
  for (const provider of providers) {
    const temp = await createTemporaryDatabase(provider);
    try {
      const started = performance.now();
      const words = await generateStories(temp.db, count, (done) => {
        if (done % 20_000 === 0) console.log(`  ${provider}: ${done.toLocaleString("en-GB")} stories`);
      });
      console.log(
        `${provider}: ${count.toLocaleString("en-GB")} stories indexed in ${((performance.now() - started) / 1000).toFixed(0)} s`,
      );
      if (provider === "postgresql") await temp.db.$executeRawUnsafe('ANALYZE "Article"');
      for (const [label, text, page] of queries(words)) {
        const terms = parseSearchQuery(text).terms;
        await searchStories(temp.db, provider, terms, { page }); // warm
        const times: number[] = [];
        let total = 0;
        for (let i = 0; i < runs; i++) {
          const t0 = performance.now();
          total = (await searchStories(temp.db, provider, terms, { page })).total;
          times.push(performance.now() - t0);
        }
        times.sort((a, b) => a - b);
        table.push({
          database: provider,
          query: label,
          matches: total,
          "p50 ms": Number(percentile(times, 0.5).toFixed(1)),
          "p95 ms": Number(percentile(times, 0.95).toFixed(1)),
        });
      }
    } finally {
      await temp.drop();
    }
  }
  console.log(`\nsearch over ${count.toLocaleString("en-GB")} stories, ${runs} runs per query:`);
  console.table(table);
}
