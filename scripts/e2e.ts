// Runs the Playwright suite against a production build on a throwaway SQLite database,
// then again on a throwaway PostgreSQL database (required under CI=true, else skipped
// with a note when PostgreSQL does not answer). Extra arguments go to `playwright test`.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, rmSync } from "node:fs";
import path from "node:path";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { e2eStaff } from "../e2e/staff";
import { playwrightFailures } from "../lib/testing/playwright-failures";
import { startSmtpSink } from "../lib/testing/smtp-sink";
import { createTemporaryDatabase, postgresAnswers } from "../lib/testing/temporary-database";

const playwrightArgs = process.argv.slice(2).filter((arg) => arg !== "--");
const only = process.env.E2E_DATABASES?.split(",") ?? ["sqlite", "postgresql"];
const targets = [
  ...(only.includes("sqlite") ? (["sqlite"] as const) : []),
  ...(only.includes("postgresql") && (await postgresAnswers()) ? (["postgresql"] as const) : []),
];

type Step = (
  label: string,
  command: string,
  args: string[],
  extraEnv?: Record<string, string>,
) => Promise<boolean>;

/**
 * One production build for every run: a build reads no database (ADR 8), and each run serves
 * its own copy, so pages the first run cached never reach the second.
 */
const BUILD_DIR = ".next-e2e-build";
let built = false;
async function buildOnce(step: Step) {
  built ||= await step("build", path.join("node_modules", ".bin", "next"), ["build"], {
    DATELINE_DIST_DIR: BUILD_DIR,
  });
  return built;
}

// Another checkout's suite may be using the default ports.
const port = Number(process.env.E2E_PORT ?? 3100);
let failed = false;
const summary: string[] = [];

for (const provider of targets) {
  console.log(`\n=== e2e on ${provider} ===`);
  const temp = await createTemporaryDatabase(provider);
  await temp.db.$disconnect();
  const distDir = `.next-e2e-${provider}`;
  // A real SMTP server for the delivery worker; specs read the .eml files it writes.
  const mailDir = mkdtempSync(path.join(tmpdir(), "dateline-mail-"));
  // Photographs uploaded by the specs, thrown away with the run's database.
  const mediaDir = mkdtempSync(path.join(tmpdir(), "dateline-media-"));
  const reportFile = path.join(tmpdir(), `dateline-e2e-${provider}-${process.pid}.json`);
  // Mail to @refused.test is refused for good, so the outbox has failed emails to retry.
  const sink = await startSmtpSink(0, { saveTo: mailDir, refuseRecipients: /@refused\.test$/ });
  const env = {
    ...process.env,
    DATABASE_URL: temp.url,
    E2E_DATABASE: provider,
    DATELINE_DIST_DIR: distDir,
    // One run after the other on the same port: the shared build's prerendered pages name it.
    PORT: String(port),
    SITE_URL: `http://127.0.0.1:${port}`,
    REVALIDATE_SECRET: randomBytes(24).toString("hex"),
    NEXT_TELEMETRY_DISABLED: "1",
    SMTP_URL: sink.url,
    MAIL_FROM: "Dateline <news@dateline.test>",
    NEWSROOM_EMAIL: "desk@dateline.test",
    E2E_MAIL_DIR: mailDir,
    MEDIA_DIR: mediaDir,
    E2E_REPORT_FILE: reportFile,
    // Tests speak as different visitors through X-Forwarded-For, as a trusted proxy would.
    TRUST_PROXY: "true",
  };
  // Asynchronous, so the SMTP sink in this process keeps answering while a step runs.
  const step: Step = async (label, command, args, extraEnv = {}) => {
    const child = spawn(command, args, { env: { ...env, ...extraEnv }, stdio: "inherit" });
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    if (code !== 0) {
      console.error(`e2e on ${provider}: ${label} failed`);
      failed = true;
    }
    return code === 0;
  };
  try {
    const ok =
      (await step("seeding", process.execPath, ["--import", "tsx", "scripts/prepare.ts"])) &&
      (await createStaff(step)) &&
      (await buildOnce(step));
    if (ok) {
      // Each run serves its own copy, so pages the first run regenerated never reach the second.
      // A copy left by an interrupted run holds links into node_modules that cpSync cannot overwrite.
      rmSync(distDir, { recursive: true, force: true });
      cpSync(BUILD_DIR, distDir, { recursive: true });
      const passed = await step("playwright", path.join("node_modules", ".bin", "playwright"), [
        "test",
        ...playwrightArgs,
      ]);
      const failures = playwrightFailures(reportFile);
      summary.push(
        `e2e on ${provider}: ${passed ? "passed" : "FAILED"}`,
        ...failures.map((line) => `  ${line}`),
      );
    } else {
      summary.push(`e2e on ${provider}: FAILED before Playwright ran (see above)`);
    }
  } finally {
    await sink.stop();
    rmSync(mailDir, { recursive: true, force: true });
    rmSync(mediaDir, { recursive: true, force: true });
    await temp.drop();
    rmSync(distDir, { recursive: true, force: true });
    rmSync(reportFile, { force: true });
  }
}

/** The newsroom accounts the specs sign in with (e2e/helpers.ts has the same list). */
async function createStaff(step: Step) {
  for (const { email, password, role } of Object.values(e2eStaff)) {
    const args = [
      "--import",
      "tsx",
      "scripts/user-create.ts",
      "--email",
      email,
      "--password",
      password,
      "--role",
      role,
    ];
    if (!(await step(`creating ${email}`, process.execPath, args))) return false;
  }
  return true;
}

rmSync(BUILD_DIR, { recursive: true, force: true });
if (targets.length === 0) {
  console.error("no database to run e2e against");
  failed = true;
}
// Again at the end: CI logs keep their tail, and the first run's failures are far above it.
if (summary.length) console.log(`\n=== e2e summary ===\n${summary.join("\n")}`);
process.exit(failed ? 1 : 0);
