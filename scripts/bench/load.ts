import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export type LoadResult = {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
};

/**
 * Loads one URL with autocannon in its own process (so the measuring side does not share
 * an event loop with this script) and returns the median figures it reports.
 */
export async function loadUrl(url: string, { connections = 32, seconds = 10 } = {}): Promise<LoadResult> {
  const cli = path.join("node_modules", "autocannon", "autocannon.js");
  const { stdout } = await run(
    process.execPath,
    [cli, "-j", "-c", String(connections), "-d", String(seconds), url],
    {
      maxBuffer: 64 * 1024 * 1024,
    },
  );
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
    errors: result.errors,
    non2xx: result.non2xx,
  };
}
