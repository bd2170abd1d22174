// Search at scale: 100,000 generated stories on SQLite (FTS5) and PostgreSQL (tsvector + GIN),
// each query timed through searchStories, the function the search page calls.
// SEARCH_STORIES (default 100000) and SEARCH_RUNS (default 30 per query) change the size.
import { performance } from "node:perf_hooks";
import { parseSearchQuery } from "../../lib/search/search-query";
import { RESULTS_PER_PAGE, SEARCH_CAP, searchStories } from "../../lib/search/search-stories";
import { createTemporaryDatabase, postgresAnswers } from "../../lib/testing/temporary-database";
import { generateStories } from "./generate-stories";

const count = Number(process.env.SEARCH_STORIES ?? 100_000);
const runs = Number(process.env.SEARCH_RUNS ?? 30);

const lastPage = Math.ceil(SEARCH_CAP / RESULTS_PER_PAGE);

/**
 * From rare to common words, pages up to the last there is and past it, nothing, hostile text.
 * Every generated headline ends with its story's number, so a number is in one story only; the
 * vocabulary is drawn with a skew, so words[200] is in ~12% of stories and words[500] in ~7%
 * (the slowest kind on PostgreSQL: too many to sort them all, too few to walk the newest).
 */
const queries = (words: string[]): Array<[string, string, number]> => {
  const rare = String(Math.floor(count / 2));
  return [
    ["rare word", rare, 1],
    ["two rare words", `${words.at(-1)} ${words.at(-2)}`, 1],
    ["middling word", words[200]!, 1],
    ["middling word, last page", words[200]!, lastPage],
    ["less common word, last page", words[500]!, lastPage],
    ["common word", "harbour", 1],
    ["two common words", "minister talks", 1],
    ["common + rare word", `harbour ${rare}`, 1],
    ["three words", "storm river summit", 1],
    ["common word, page 5", "harbour", 5],
    [`common word, page ${lastPage} (last)`, "harbour", lastPage],
    [`common word, page ${lastPage + 1} (past last)`, "harbour", lastPage + 1],
    ["no match", "zzyzx", 1],
    ["hostile", '\'; DROP TABLE "Article"; -- " AND OR (', 1],
  ];
};

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
        const times: number[] = [];
        let results = await searchStories(temp.db, provider, terms, { page }); // warms, untimed
        for (let i = 0; i < runs; i++) {
          const t0 = performance.now();
          results = await searchStories(temp.db, provider, terms, { page });
          times.push(performance.now() - t0);
        }
        times.sort((a, b) => a - b);
        table.push({
          database: provider,
          query: label,
          matches: results.totalIsLowerBound ? `> ${results.total}` : results.total,
          order: results.totalIsLowerBound ? "newest" : "relevance",
          hits: results.hits.length,
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
