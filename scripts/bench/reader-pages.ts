// What a reader's phone pays for a page: the JavaScript it downloads (all of it, and the part
// above the framework's floor, which is what a 404 page loads), and Lighthouse's mobile preset
// (simulated slow 4G and a 4× slower CPU), median of three runs per page.
// Alone: node --import tsx scripts/bench/reader-pages.ts http://127.0.0.1:3000 [path…]
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Result } from "lighthouse";
import { measurePage } from "./page-weight";

const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const floorPath = "/this-page-does-not-exist";

export type ReaderPageRow = {
  page: string;
  "JS KB": number;
  "own JS KB": number;
  perf: number;
  a11y: number;
  "best pr.": number;
  SEO: number;
  "TBT ms": number;
  "LCP s": number;
  CLS: number;
  "console errors": number;
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

export async function benchReaderPages(
  origin: string,
  pages: Array<[label: string, path: string]>,
  runs = 3,
): Promise<ReaderPageRow[]> {
  const browser = await chromium.launch({ executablePath: chromePath, args: ["--no-sandbox"] });
  const weights = new Map<string, Awaited<ReturnType<typeof measurePage>>>();
  try {
    const floor = await measurePage(browser, `${origin}${floorPath}`);
    weights.set(floorPath, floor);
    for (const [, path] of pages) weights.set(path, await measurePage(browser, `${origin}${path}`));
  } finally {
    await browser.close();
  }
  const floorScripts = new Set(weights.get(floorPath)!.scripts.keys());

  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
  });
  const rows: ReaderPageRow[] = [];
  try {
    for (const [label, path] of pages) {
      const results: Result[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(`${origin}${path}`, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
        });
        if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
        results.push(result.lhr);
      }
      const score = (id: string) =>
        median(results.map((lhr) => Math.round((lhr.categories[id]?.score ?? 0) * 100)))!;
      const audit = (id: string) => median(results.map((lhr) => lhr.audits[id]?.numericValue ?? NaN))!;
      const weight = weights.get(path)!;
      const own = [...weight.scripts].filter(([script]) => !floorScripts.has(script));
      rows.push({
        page: label,
        "JS KB": kb(weight.scriptBytes),
        "own JS KB": kb(own.reduce((sum, [, bytes]) => sum + bytes, 0)),
        perf: score("performance"),
        a11y: score("accessibility"),
        "best pr.": score("best-practices"),
        SEO: score("seo"),
        "TBT ms": Math.round(audit("total-blocking-time")),
        "LCP s": Math.round(audit("largest-contentful-paint") / 100) / 10,
        CLS: Math.round(audit("cumulative-layout-shift") * 1000) / 1000,
        "console errors": weight.consoleErrors.length,
      });
    }
  } finally {
    chrome.kill();
  }
  return rows;
}

/** The targets of issue 16 on this machine kind, by which a row passes. */
export function readerPageShortfalls(row: ReaderPageRow): string[] {
  return [
    row["own JS KB"] > 15 && `own JS ${row["own JS KB"]} KB > 15`,
    row.perf < 90 && `performance ${row.perf} < 90`,
    row.a11y < 100 && `accessibility ${row.a11y}`,
    row["best pr."] < 100 && `best practices ${row["best pr."]}`,
    row.SEO < 100 && `SEO ${row.SEO}`,
    row.CLS > 0 && `CLS ${row.CLS}`,
    row["LCP s"] > 2 && `LCP ${row["LCP s"]} s > 2.0`,
    row["console errors"] > 0 && `${row["console errors"]} console errors`,
  ].filter((shortfall): shortfall is string => typeof shortfall === "string");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [origin = "http://127.0.0.1:3000", ...paths] = process.argv.slice(2);
  const rows = await benchReaderPages(
    origin,
    (paths.length ? paths : ["/", "/world", "/world/no-progress-as-kerry-lavrov-meet-on-syria-us"]).map(
      (path) => [path, path],
    ),
  );
  console.table(rows);
  for (const row of rows) {
    const shortfalls = readerPageShortfalls(row);
    if (shortfalls.length) console.log(`${row.page}: ${shortfalls.join("; ")}`);
  }
}
