import { describe, expect, it } from "vitest";
import { parseWrk } from "./load";

const report = `Running 10s test @ http://127.0.0.1:3400/
  2 threads and 32 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    27.12ms   10.01ms 120.55ms   80.00%
    Req/Sec   590.12     80.33   780.00     70.00%
  Latency Distribution
     50%   25.40ms
     75%   30.02ms
     90%   38.00ms
     99%    1.20s
  11800 requests in 10.01s, 290.12MB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 4
Requests/sec:   1178.83
Transfer/sec:     28.98MB
`;

describe("parseWrk", () => {
  it("reads rate, percentiles in milliseconds whatever the unit, and failures", () => {
    expect(parseWrk(report)).toEqual({ requestsPerSecond: 1178.83, p50: 25.4, p99: 1200, failures: 7 });
  });

  it("reads microseconds", () => {
    expect(parseWrk(report.replace("25.40ms", "850.00us")).p50).toBeCloseTo(0.85);
  });

  it("refuses output it does not understand", () => {
    expect(() => parseWrk("wrk: connection refused")).toThrow(/unexpected wrk output/);
  });
});
