// npm run soak: the long runs of issue 12, against a production build, each on a throwaway
// database with its own server (scripts/bench/soak/*). Not part of npm test: the full run
// takes about twenty minutes. Each scenario prints its figures; the exit code is 1 when any
// scenario missed its target.
//
//   npm run soak -- [--only a,b,c,d] [--database sqlite|postgres] [--build DIR]
//                   [--comments 1000] [--clients 50] [--shares 1000] [--kills 20]
//                   [--queued 100] [--outage-seconds 120] [--port 3500]
//
// (a) comments from parallel clients, all stored once; (b) a burst of shares from one client,
// exactly the hourly limit sent; (c) kill -9 under writes, SQLite sound and nothing acknowledged
// lost; (d) SMTP down while shares queue, each delivered once when it is back.
// Without --build it builds into its own folder first (and removes it after).
import { spawn } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { soakHardKills } from "./bench/soak/hard-kills";
import { soakManyComments } from "./bench/soak/many-comments";
import { soakShareBurst } from "./bench/soak/share-burst";
import { soakSmtpOutage } from "./bench/soak/smtp-outage";
import type { ScenarioResult, SoakContext } from "./bench/soak/soak-run";

const { values: options } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
  options: {
    only: { type: "string", default: "a,b,c,d" },
    database: { type: "string", default: "sqlite" },
    build: { type: "string" },
    port: { type: "string", default: "3500" },
    comments: { type: "string", default: "1000" },
    clients: { type: "string", default: "50" },
    shares: { type: "string", default: "1000" },
    kills: { type: "string", default: "20" },
    queued: { type: "string", default: "100" },
    "outage-seconds": { type: "string", default: "120" },
  },
});

const count = (name: keyof typeof options) => {
  const value = Number(options[name]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number above 0`);
  return value;
};
const provider = ({ sqlite: "sqlite", postgres: "postgresql", postgresql: "postgresql" } as const)[
  options.database as "sqlite"
];
if (!provider) throw new Error("--database must be sqlite or postgres");
const only = options.only!.split(",").map((name) => name.trim());

const scenarios: Record<string, (ctx: SoakContext) => Promise<ScenarioResult>> = {
  a: (ctx) => soakManyComments(ctx, { comments: count("comments"), clients: count("clients") }),
  b: (ctx) => soakShareBurst(ctx, { shares: count("shares") }),
  c: (ctx) => soakHardKills(ctx, { kills: count("kills") }),
  d: (ctx) => soakSmtpOutage(ctx, { shares: count("queued"), outageSeconds: count("outage-seconds") }),
};
const unknown = only.filter((name) => !scenarios[name]);
if (unknown.length) throw new Error(`--only: no scenario ${unknown.join(", ")} (a, b, c, d)`);

// Ctrl-C still ends every server this run started (scripts/bench/soak/soak-server.ts).
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(130));

const ownBuild = options.build ? null : ".next-soak-build";
const build = options.build ?? ownBuild!;
if (ownBuild) {
  console.log("building into .next-soak-build…");
  const child = spawn(path.join("node_modules", ".bin", "next"), ["build"], {
    env: { ...process.env, DATELINE_DIST_DIR: ownBuild, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`next build exited ${code}`);
} else if (!existsSync(path.join(build, "BUILD_ID"))) {
  throw new Error(`--build ${build}: no production build there (run npm run build)`);
}

const ctx: SoakContext = { build, port: count("port"), provider };
const results: ScenarioResult[] = [];
let failed = false;
try {
  for (const name of only) {
    console.log(`\n=== soak (${name}) on ${provider} ===`);
    const started = performance.now();
    try {
      const result = await scenarios[name]!(ctx);
      results.push(result);
      console.log(`${result.size}, ${((performance.now() - started) / 1000).toFixed(0)} s`);
      console.table(result.figures);
      for (const miss of result.misses) console.error(`MISSED: ${miss}`);
      failed ||= result.misses.length > 0;
    } catch (error) {
      console.error(`(${name}) could not run:`, error);
      results.push({ scenario: `(${name})`, size: "", figures: {}, misses: ["could not run"] });
      failed = true;
    }
  }
} finally {
  if (ownBuild) rmSync(ownBuild, { recursive: true, force: true });
}

console.log(`\n=== soak summary (${provider}) ===`);
console.table(
  results.map((result) => ({
    scenario: result.scenario,
    size: result.size,
    verdict: result.misses.length ? `MISSED (${result.misses.length})` : "met",
  })),
);
process.exit(failed ? 1 : 0);
