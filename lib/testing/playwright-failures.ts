import { existsSync, readFileSync } from "node:fs";

/** The parts of Playwright's JSON report (reporter "json") that name what went wrong. */
type ReportSuite = {
  title: string;
  file?: string;
  specs?: {
    title: string;
    line?: number;
    tests: { projectName: string; status: string; results: { error?: { message?: string } }[] }[];
  }[];
  suites?: ReportSuite[];
};

/**
 * One line a failed or flaky test, with the first lines of its error. The e2e runner prints
 * these again at the very end, so a CI log that keeps only its tail still says what failed.
 */
export function playwrightFailures(reportFile: string): string[] {
  if (!existsSync(reportFile)) return [`no Playwright report at ${reportFile}`];
  const report = JSON.parse(readFileSync(reportFile, "utf8")) as { suites?: ReportSuite[]; errors?: { message?: string }[] };
  const lines: string[] = (report.errors ?? []).map((error) => `run error: ${firstLines(error.message)}`);
  const visit = (suite: ReportSuite, file: string) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        if (test.status !== "unexpected" && test.status !== "flaky") continue;
        const error = test.results.find((result) => result.error)?.error?.message;
        lines.push(`${test.status === "flaky" ? "flaky" : "failed"} [${test.projectName}] ${file}:${spec.line ?? 0} ${spec.title}\n    ${firstLines(error)}`);
      }
    }
    for (const child of suite.suites ?? []) visit(child, file);
  };
  for (const suite of report.suites ?? []) visit(suite, suite.file ?? suite.title);
  return lines;
}

function firstLines(message = "(no message)") {
  // Strip terminal colours; six lines carry the assertion and the expected/received values.
  return message.replace(/\u001b\[[0-9;]*m/g, "").split("\n").slice(0, 6).join("\n    ");
}
