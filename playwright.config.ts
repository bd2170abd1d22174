import { existsSync } from "node:fs";
import { chromium, defineConfig, devices } from "@playwright/test";

// scripts/e2e.ts sets these for each database it runs the suite against.
const port = Number(process.env.PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

// Playwright cannot download its own browser here; Debian's chromium stands in.
const executablePath = existsSync(chromium.executablePath()) ? undefined : "/usr/bin/chromium";

// Markup checks (axe in every page type, layout and print, page weight) come out the same whatever database
// holds the content, so the second run of scripts/e2e.ts, on PostgreSQL, leaves them out.
const markupOnly = process.env.E2E_DATABASE === "postgresql" ? [/(accessibility|layout|page-weight)\.spec\.ts/] : [];

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  // scripts/e2e.ts reads the JSON report to repeat what failed at the end of its output.
  reporter: process.env.E2E_REPORT_FILE
    ? [["list"], ["json", { outputFile: process.env.E2E_REPORT_FILE }]]
    : [["list"]],
  // A hang detector, not a speed check: a loaded two-core machine takes 30 s over the longest flows.
  timeout: 60_000,
  // Likewise for each assertion: a form post that revalidates many pages can take seconds there.
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  projects: [
    {
      name: "stories",
      testMatch: /\.setup\.ts/,
    },
    {
      name: "chromium",
      testIgnore: [/concurrency\.spec\.ts/, /hostile\.spec\.ts/, /scale-out\.spec\.ts/, ...markupOnly],
      dependencies: ["stories"],
      use: { ...devices["Desktop Chrome"] },
    },
    {
      name: "chromium-no-javascript",
      testMatch: /reading\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], javaScriptEnabled: false },
    },
    ...(process.env.E2E_DATABASE === "postgresql"
      ? [
          {
            // The production shape (nginx, two instances, PostgreSQL, Redis): on PostgreSQL
            // only, after everything else, as it loads the machine.
            name: "scale-out",
            testMatch: /scale-out\.spec\.ts/,
            dependencies: ["concurrency"],
            use: { ...devices["Desktop Chrome"] },
          },
        ]
      : []),
    {
      // Last, alone: it fills the newsroom queue that other specs read.
      name: "concurrency",
      testMatch: /(concurrency|hostile)\.spec\.ts/,
      dependencies: ["chromium", "chromium-no-javascript"],
      use: { ...devices["Desktop Chrome"] },
    },
  ],
  webServer: {
    command: "node --import tsx scripts/serve.ts",
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "pipe",
    stderr: "pipe",
    // Request lines would bury the test output; warnings and errors still show.
    env: {
      ...(process.env as Record<string, string>),
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      LOG_LEVEL: "warn",
    },
  },
});
