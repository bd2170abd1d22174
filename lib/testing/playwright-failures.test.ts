import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { playwrightFailures } from "./playwright-failures";

const dir = mkdtempSync(path.join(tmpdir(), "dateline-report-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function report(body: unknown) {
  const file = path.join(dir, `${Math.random()}.json`);
  writeFileSync(file, JSON.stringify(body));
  return file;
}

const test = (status: string, message?: string) => ({
  projectName: "chromium",
  status,
  results: [{ error: message ? { message } : undefined }],
});

describe("playwrightFailures", () => {
  it("names failed and flaky tests in nested suites with their first error lines", () => {
    const file = report({
      suites: [
        {
          title: "share.spec.ts",
          file: "share.spec.ts",
          specs: [{ title: "passes", line: 3, tests: [test("expected")] }],
          suites: [
            {
              title: "without JavaScript",
              specs: [
                { title: "sends", line: 12, tests: [test("unexpected", "\u001b[31mError: boom\u001b[39m\nline 2")] },
                { title: "retries", line: 20, tests: [test("flaky", "Timeout")] },
                { title: "skipped", line: 30, tests: [test("skipped")] },
              ],
            },
          ],
        },
      ],
    });
    expect(playwrightFailures(file)).toEqual([
      "failed [chromium] share.spec.ts:12 sends\n    Error: boom\n    line 2",
      "flaky [chromium] share.spec.ts:20 retries\n    Timeout",
    ]);
  });

  it("reports errors outside tests and a missing report", () => {
    expect(playwrightFailures(report({ errors: [{ message: "webServer exited early" }], suites: [] }))).toEqual([
      "run error: webServer exited early",
    ]);
    expect(playwrightFailures(path.join(dir, "absent.json"))[0]).toMatch(/^no Playwright report/);
  });
});
