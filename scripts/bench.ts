// npm run bench: requests/s and latency of the article page and the front page from a
// production build (Next alone, the origin with its response cache, one instance of two with
// the Redis cache, and through deploy/nginx.conf), against the same article HTML served as a
// static file by nginx, in one run.
// BENCH_SECONDS (default 10) sets each load's length; BENCH_CONNECTIONS (default 32).
// Then how long a change takes to reach readers of the cached pages (scripts/bench/freshness.ts),
// what reader pages cost a phone, with Lighthouse (scripts/bench/reader-pages.ts), search at
// 100,000 stories on SQLite and PostgreSQL (scripts/bench/search.ts), and each page's reads on a
// ten-year archive of 100,000 stories and 1,000,000 comments (scripts/bench/archive-pages.ts).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createTemporaryDatabase } from "../lib/testing/temporary-database";
import { benchFreshness, type FreshnessRow } from "./bench/freshness";
import { benchReaderPages, readerPageShortfalls, type ReaderPageRow } from "./bench/reader-pages";
import { benchScaleOut } from "./bench/scale-out";
import { loadGenerator, loadUrl, type LoadResult } from "./bench/load";
import { startStaticServer, stopProcess, waitFor } from "./bench/static-server";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const port = 3400;
const origin = `http://127.0.0.1:${port}`;
const articlePath = "/world/no-progress-as-kerry-lavrov-meet-on-syria-us";
const work = mkdtempSync(path.join(tmpdir(), "dateline-bench-"));
const distDir = ".next-bench";

const temp = await createTemporaryDatabase("sqlite");
await temp.db.$disconnect();
const revalidateSecret = randomBytes(24).toString("hex");
const env = {
  ...process.env,
  DATABASE_URL: temp.url,
  REVALIDATE_SECRET: revalidateSecret,
  DATELINE_DIST_DIR: distDir,
  PORT: String(port),
  HOSTNAME: "127.0.0.1",
  NEXT_TELEMETRY_DISABLED: "1",
};

const step = (args: string[], command = process.execPath, extra: Record<string, string> = {}) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { env: { ...env, ...extra }, stdio: ["ignore", "ignore", "inherit"] });
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited ${code}`)),
    );
  });

console.log("preparing a seeded SQLite database and a production build…");
await step(["--import", "tsx", "scripts/prepare.ts"]);
await step(["build"], path.join("node_modules", ".bin", "next"));

const serve = (extra: Record<string, string> = {}) =>
  spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    env: { ...env, LOG_LEVEL: "warn", ...extra },
    stdio: ["ignore", "ignore", "inherit"],
  });
const warm = async () => {
  await waitFor(`${origin}/readyz`);
  for (const path of [articlePath, "/"]) {
    for (let i = 0; i < 3; i++) await fetch(`${origin}${path}`); // render once, then serve from the cache
  }
};
const rows: Array<[string, LoadResult]> = [];
let freshness: FreshnessRow[] = [];
let readerPages: ReaderPageRow[] = [];

// Next alone, as before the response cache: every request goes through Next's handler.
let server = serve({ RESPONSE_CACHE: "off" });
try {
  await warm();
  console.log(`loading each URL for ${seconds} s at ${connections} connections (${loadGenerator})…\n`);
  rows.push([
    "article, Next's cache alone",
    await loadUrl(`${origin}${articlePath}`, { connections, seconds }),
  ]);
  rows.push(["front page, Next's cache alone", await loadUrl(`${origin}/`, { connections, seconds })]);
} finally {
  await stopProcess(server);
}

server = serve();
try {
  await warm();
  const html = await (await fetch(`${origin}${articlePath}`)).text();
  rows.push([
    "article, origin (response cache)",
    await loadUrl(`${origin}${articlePath}`, { connections, seconds }),
  ]);
  rows.push(["front page, origin (response cache)", await loadUrl(`${origin}/`, { connections, seconds })]);
  console.log(`article HTML: ${(Buffer.byteLength(html) / 1024).toFixed(1)} KiB\n`);
  console.log("timing changes until a reader sees them (idle, then under load)…\n");
  freshness = await benchFreshness(origin, { databaseUrl: temp.url, secret: revalidateSecret, connections });
  console.log("Lighthouse, mobile preset, three runs per page…\n");
  readerPages = await benchReaderPages(origin, [
    ["article", articlePath],
    ["front page", "/"],
    ["section page", "/world"],
  ]);
  await stopProcess(server);

  console.log("the production shape: PostgreSQL, Redis, two instances, deploy/nginx.conf…\n");
  const scaleOut = await benchScaleOut(distDir, articlePath, {
    seconds,
    connections,
    port: port + 10,
    prepare: (extra) => step(["--import", "tsx", "scripts/prepare.ts"], process.execPath, extra),
  });
  if (typeof scaleOut === "string") console.log(`skipped: ${scaleOut}\n`);
  else {
    rows.push(...scaleOut.rows);
    freshness.push(...scaleOut.freshness);
  }

  // Last, so the ratio is of the same run: the same article HTML as a file.
  const staticServer = await startStaticServer(work, html, port + 1);
  try {
    rows.push([staticServer.name, await loadUrl(staticServer.url, { connections, seconds })]);
  } finally {
    await staticServer.stop();
  }
} finally {
  await stopProcess(server);
  await temp.drop();
  rmSync(work, { recursive: true, force: true });
  rmSync(distDir, { recursive: true, force: true });
}

const staticRate = rows.at(-1)![1].requestsPerSecond;
const table = rows.map(([name, r]) => ({
  target: name,
  "req/s": Math.round(r.requestsPerSecond),
  "p50 ms": r.p50,
  "p99 ms": r.p99,
  "vs static": `${((r.requestsPerSecond / staticRate) * 100).toFixed(1)} %`,
  failures: r.failures,
}));
console.table(table);
console.table(
  freshness.map((row) => ({
    "change seen by a reader": row.change,
    "median ms": row.medianMs,
    "max ms": row.maxMs,
    rounds: row.rounds,
  })),
);
console.table(readerPages);
for (const row of readerPages) {
  const shortfalls = readerPageShortfalls(row);
  console.log(
    `${row.page}: ${shortfalls.length ? `short of the targets: ${shortfalls.join("; ")}` : "meets the targets"}`,
  );
}
if (rows.some(([, r]) => r.failures > 0)) {
  console.error("some requests failed: the figures above are not comparable");
  process.exit(1);
}

console.log("\nsearch at scale (generating stories; a few minutes)…");
const { benchSearch } = await import("./bench/search");
await benchSearch();

console.log("\npages on a ten-year archive (generating 100,000 stories and 1,000,000 comments per database; minutes)…");
const { benchArchivePages } = await import("./bench/archive-pages");
await benchArchivePages();
