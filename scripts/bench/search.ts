// Search at scale: 100,000 generated stories on SQLite (FTS5) and PostgreSQL (tsvector + GIN),
// each query timed through searchStories, the function the search page calls, beside the same
// query on 100 generated stories. The goal (issue 15) is p95 <= 50 ms at 100,000.
// SEARCH_STORIES (default 100000) and SEARCH_RUNS (default 30 per query) change the size.
import { performance } from "node:perf_hooks";
import { parseSearchQuery } from "../../lib/search/search-query";
import { RESULTS_PER_PAGE, SEARCH_CAP, searchStories } from "../../lib/search/search-stories";
import { createTemporaryDatabase, postgresAnswers } from "../../lib/testing/temporary-database";
import { generateStories } from "./generate-stories";
import { percentiles } from "./percentiles";

const count = Number(process.env.SEARCH_STORIES ?? 100_000);
const runs = Number(process.env.SEARCH_RUNS ?? 30);

const lastPage = Math.ceil(SEARCH_CAP / RESULTS_PER_PAGE);

/**
 * From rare to common words, pages up to the last there is and past it, nothing, hostile text.
 * Every generated headline ends with its story's number, so a number is in one story only; the
 * vocabulary is drawn with a skew, so words[200] is in ~12% of stories and words[500] in ~7%
 * (the slowest kind on PostgreSQL: too many to sort them all, too few to walk the newest).
 */
const queries = (words: string[], stories: number): Array<[string, string, number]> => {
  const rare = String(Math.floor(stories / 2));
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

type Timing = { matches: string | number; order: string; hits: number; p50: number; p95: number };

async function timeQueries(provider: "sqlite" | "postgresql", stories: number) {
  const temp = await createTemporaryDatabase(provider);
  try {
    const started = performance.now();
    const words = await generateStories(temp.db, stories, (done) => {
      if (done % 20_000 === 0) console.log(`  ${provider}: ${done.toLocaleString("en-GB")} stories`);
    });
    const seconds = (performance.now() - started) / 1000;
    if (provider === "postgresql") await temp.db.$executeRawUnsafe('ANALYZE "Article"');
    const timings = new Map<string, Timing>();
    for (const [label, text, page] of queries(words, stories)) {
      const terms = parseSearchQuery(text).terms;
      const times: number[] = [];
      let results = await searchStories(temp.db, provider, terms, { page }); // warms, untimed
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        results = await searchStories(temp.db, provider, terms, { page });
        times.push(performance.now() - t0);
      }
      const { p50, p95 } = percentiles(times);
      timings.set(label, {
        matches: results.totalIsLowerBound ? `> ${results.total}` : results.total,
        order: results.totalIsLowerBound ? "newest" : "relevance",
        hits: results.hits.length,
        p50,
        p95,
      });
    }
    return { timings, seconds };
  } finally {
    await temp.drop();
  }
}

export async function benchSearch() {
  const providers = ["sqlite" as const, ...((await postgresAnswers()) ? ["postgresql" as const] : [])];
  const table: Array<Record<string, string | number>> = [];
  for (const provider of providers) {
    const small = await timeQueries(provider, 100);
    const large = await timeQueries(provider, count);
    console.log(
      `${provider}: ${count.toLocaleString("en-GB")} stories indexed in ${large.seconds.toFixed(0)} s`,
    );
    for (const [label, big] of large.timings) {
      const little = small.timings.get(label)!;
      table.push({
        database: provider,
        query: label,
        matches: big.matches,
        order: big.order,
        hits: big.hits,
        "100 p50": +little.p50.toFixed(1),
        "100 p95": +little.p95.toFixed(1),
        [`${count / 1000}k p50`]: +big.p50.toFixed(1),
        [`${count / 1000}k p95`]: +big.p95.toFixed(1),
        ratio: +(big.p50 / little.p50).toFixed(1),
      });
    }
  }
  console.log(`\nsearch, ms: 100 stories against ${count.toLocaleString("en-GB")}, ${runs} runs per query:`);
  console.table(table);
  const slow = table.filter((row) => Number(row[`${count / 1000}k p95`]) > 50);
  console.log(
    slow.length
      ? `p95 over 50 ms: ${slow.map((row) => `${row.query} (${row.database})`).join("; ")}`
      : "every query p95 <= 50 ms",
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await benchSearch();
