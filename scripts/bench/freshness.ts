import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { requestRevalidation } from "../../lib/cache/request-revalidation";
import { createPrismaClient } from "../../lib/database/create-client";
import { parseDatabaseUrl } from "../../lib/database/database-url";
import { importStoryFiles } from "../../lib/import/import-story-files";
import { storyFileText } from "../../lib/testing/story-file";
import { startBackgroundLoad } from "./load";

export type FreshnessRow = { change: string; medianMs: number; maxMs: number; rounds: number };

/**
 * How long a newsroom change takes to reach a reader of the cached pages: from the start of
 * the write (an import, as a newsroom tool writes) until a reader's request shows it, through
 * the server's on-demand revalidation. Each round adds a story (seen on the front page) and
 * then edits it (seen on its story page); the rounds run on an idle server, then again while
 * the front page is under load. Comments and newsroom saves revalidate the same way, in-process.
 */
export async function benchFreshness(
  origin: string,
  {
    databaseUrl,
    secret,
    rounds = 7,
    connections = 32,
    readerOrigin = origin,
    label = "",
  }: {
    databaseUrl: string;
    secret: string;
    rounds?: number;
    connections?: number;
    /** Where the reader reads, when not where the write is revalidated (another instance, the proxy). */
    readerOrigin?: string;
    label?: string;
  },
): Promise<FreshnessRow[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "dateline-freshness-"));
  const db = createPrismaClient(parseDatabaseUrl(databaseUrl));
  const file = path.join(dir, "story.txt");
  let serial = 0;

  /** Writes, imports and revalidates one version of a story; resolves when a reader sees `marker` at `readerPath`. */
  const timeChange = async (
    slug: string,
    headline: string,
    paragraph: string,
    readerPath: string,
    marker: string,
  ) => {
    writeFileSync(
      file,
      storyFileText({ slug, headline, paragraph, publishedAt: new Date(Date.now() - 60_000) }),
    );
    const started = performance.now();
    const { outcomes, paths } = await importStoryFiles(db, [file]);
    const [outcome] = outcomes;
    if (!outcome?.ok) throw new Error(`freshness probe did not import: ${JSON.stringify(outcome)}`);
    const said = await requestRevalidation(origin, secret, paths);
    if (!said.startsWith("revalidated")) throw new Error(said);
    for (;;) {
      const html = await (await fetch(`${readerOrigin}${readerPath}`)).text();
      if (html.includes(marker)) return performance.now() - started;
      if (performance.now() - started > 60_000) throw new Error(`${readerPath} never showed ${marker}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };

  const measure = async (where: string) => {
    const front: number[] = [];
    const story: number[] = [];
    for (let round = 0; round < rounds; round++) {
      serial++;
      const slug = `freshness-probe-${serial}-${Date.now()}`;
      const headline = `Freshness probe ${serial} counts the seconds`;
      front.push(await timeChange(slug, headline, "First version of the probe.", "/", headline));
      const edit = `Edited version ${serial} of the probe.`;
      story.push(await timeChange(slug, headline, edit, `/science/${slug}`, edit));
    }
    return [
      summarise(`new story on the front page${label}${where}`, front),
      summarise(`edited story page${label}${where}`, story),
    ];
  };

  try {
    const rows = await measure(", idle server");
    const load = startBackgroundLoad(`${readerOrigin}/`, connections);
    try {
      rows.push(...(await measure(`, front page under ${connections} connections`)));
    } finally {
      await load.stop();
    }
    return rows;
  } finally {
    await db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  }
}

function summarise(change: string, samples: number[]): FreshnessRow {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    change,
    medianMs: Math.round(sorted[Math.floor(sorted.length / 2)] ?? NaN),
    maxMs: Math.round(sorted.at(-1) ?? NaN),
    rounds: samples.length,
  };
}
