import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const WRK = "/usr/bin/wrk";

export type LoadResult = { requestsPerSecond: number; p50: number; p99: number; failures: number };

/** The load generator in use: wrk (C, Debian's package) when installed, else autocannon from npm. */
export const loadGenerator = existsSync(WRK) ? "wrk" : "autocannon";

/**
 * Loads one URL from a separate process and returns requests/s and p50/p99 latency in ms.
 * wrk is preferred: autocannon runs on Node and, on two cores, takes CPU from the server it
 * measures (it cannot load even nginx past about 12,000 requests/s here).
 */
export async function loadUrl(url: string, { connections = 32, seconds = 10 } = {}): Promise<LoadResult> {
  if (loadGenerator === "wrk") {
    // wrk gives up on a response after 2 s and counts it as an error; a slow answer belongs in
    // the latency figures (autocannon, likewise, waits 10 s).
    const args = ["-t2", `-c${connections}`, `-d${seconds}s`, "--timeout", "10s", "--latency", url];
    return parseWrk((await run(WRK, args)).stdout);
  }
  const cli = path.join("node_modules", "autocannon", "autocannon.js");
  const args = [cli, "-j", "-c", String(connections), "-d", String(seconds), url];
  const { stdout } = await run(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 });
  const result = JSON.parse(stdout) as {
    requests: { average: number };
    latency: { p50: number; p99: number };
    errors: number;
    non2xx: number;
  };
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.errors + result.non2xx,
  };
}

/** Reads wrk's `--latency` report. */
export function parseWrk(output: string): LoadResult {
  const number = (pattern: RegExp) => {
    const match = pattern.exec(output);
    if (!match) throw new Error(`unexpected wrk output:\n${output}`);
    return match;
  };
  const latency = (percentile: string) => {
    const [, value, unit] = number(new RegExp(`^\\s*${percentile}%\\s+([\\d.]+)(us|ms|s)\\s*$`, "m"));
    return Number(value) * { us: 0.001, ms: 1, s: 1000 }[unit as "us" | "ms" | "s"];
  };
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(output);
  return {
    requestsPerSecond: Number(number(/^Requests\/sec:\s+([\d.]+)/m)[1]),
    p50: latency("50"),
    p99: latency("99"),
    failures:
      (errors ? errors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0) + Number(non2xx?.[1] ?? 0),
  };
}

/** Keeps `connections` connections loading a URL until stop(), for measuring something else under load. */
export function startBackgroundLoad(url: string, connections = 32) {
  const child =
    loadGenerator === "wrk"
      ? spawn(WRK, ["-t2", `-c${connections}`, "-d3600s", "--timeout", "10s", url], { stdio: "ignore" })
      : spawn(
          process.execPath,
          [path.join("node_modules", "autocannon", "autocannon.js"), "-c", String(connections), "-d", "3600", url],
          { stdio: "ignore" },
        );
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGINT");
      }),
  };
}
