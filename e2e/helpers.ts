import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import { simpleParser, type ParsedMail } from "mailparser";
import { createPrismaClient, type Database } from "../lib/database/create-client";
import { parseDatabaseUrl } from "../lib/database/database-url";
import { storyFileText, type StoryFileFields } from "../lib/testing/story-file";
import { e2eStaff } from "./staff";

/** The e2e server's own database (scripts/e2e.ts sets DATABASE_URL), for set-up and checks no page shows. */
export async function withDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const db = createPrismaClient(parseDatabaseUrl(process.env.DATABASE_URL));
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}

let visitor = 0;
/** Each test speaks from its own address (the e2e server trusts X-Forwarded-For), so one test's limits do not touch another's. */
export async function asNewVisitor(page: Page) {
  visitor++;
  const n = (process.pid * 13 + visitor * 7) % 65_000;
  await page.setExtraHTTPHeaders({
    "x-forwarded-for": `10.${Math.floor(n / 250)}.${n % 250}.${visitor % 250}`,
  });
}

/**
 * How long a reader check waits for a change to show. Reader pages are cached for 300 s and
 * more, so a change seen well inside that shows the write revalidated them. How fast it shows
 * (the issues ask for 2 s) is a speed goal, measured by `npm run bench` (scripts/bench/freshness.ts);
 * here the wait only has to outlast a page render on a loaded two-core CI machine.
 */
export const REVALIDATED_WITHIN_MS = 15_000;

/**
 * Writes story files and imports them with `npm run import`, which tells the e2e server to
 * revalidate. Returns what the CLI printed; throws when a file fails.
 */
export async function importStory(
  baseURL: string | undefined,
  ...stories: StoryFileFields[]
): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), "dateline-e2e-"));
  const files = stories.map((story, i) => {
    const file = path.join(dir, `story-${i}.txt`);
    writeFileSync(file, storyFileText(story));
    return file;
  });
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--import", "tsx", "scripts/import.ts", ...files],
    {
      env: { ...process.env, SITE_URL: baseURL },
    },
  );
  rmSync(dir, { recursive: true, force: true });
  return stdout;
}

/**
 * Forms refuse posts sent within 3 s of their token, as bots send them. With JavaScript each
 * form swaps in a fresh token once it has hydrated (marked data-fresh), which on a loaded
 * machine can be well after the fields were filled, so the pause counts from the newest token.
 */
export async function readingPause(page: Page, form: Page | Locator = page) {
  // Only the form about to be sent: one far down the page fetches its token when scrolled near.
  const tokens = form.locator('input[name="formToken"]');
  // Next's inline scripts define __next_f; without JavaScript they never ran.
  if (await page.evaluate(() => "__next_f" in self)) {
    await expect(tokens.and(page.locator(":not([data-fresh])"))).toHaveCount(0);
  }
  const issuedAt = await tokens.evaluateAll((inputs) =>
    Math.max(0, ...inputs.map((input) => Number((input as HTMLInputElement).value.split(".")[0]) || 0)),
  );
  await page.waitForTimeout(Math.max(0, issuedAt + 3_200 - Date.now()));
}

/** Clicks a form's submit button and returns the HTTP status of the post it sends. */
export async function postStatus(page: Page, button: string): Promise<number> {
  const response = page.waitForResponse((r) => r.request().method() === "POST");
  await page.getByRole("button", { name: button }).click();
  return (await response).status();
}

export const unique = (label: string) => `${label} ${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
export const uniqueAddress = (label: string) =>
  `${unique(label).replace(/\W/g, "").toLowerCase()}@example.com`;

/** The addresses in an email's To header. */
const recipientsOf = (mail: ParsedMail) =>
  (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((to) =>
    to.value.map((v) => v.address),
  );

/** The email went to this one address and nobody else: one To, no Cc or Bcc, one envelope recipient. */
export function expectOneRecipient(mail: ParsedMail, recipient: string) {
  expect(recipientsOf(mail)).toEqual([recipient]);
  expect(mail.cc).toBeUndefined();
  expect(mail.bcc).toBeUndefined();
  expect(mail.headers.get("x-envelope-to")).toBe(recipient);
}

/** The email the test SMTP server received for this recipient (scripts/e2e.ts writes each as an .eml file). */
export async function mailTo(
  recipient: string,
  { containing = "", timeout = 20_000 }: { containing?: string; timeout?: number } = {},
): Promise<ParsedMail> {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error("E2E_MAIL_DIR is not set: run the suite through npm run test:e2e");
  let found: ParsedMail | undefined;
  await expect
    .poll(
      async () => {
        for (const file of readdirSync(dir)) {
          const mail = await simpleParser(readFileSync(path.join(dir, file)));
          if (recipientsOf(mail).includes(recipient) && (mail.text ?? "").includes(containing)) found = mail;
        }
        return found !== undefined;
      },
      { timeout, intervals: [200, 500] },
    )
    .toBe(true);
  return found!;
}

/** Fills the Leave a Reply form's fields that are given. */
export async function fillReply(
  page: Page,
  fields: { comment?: string; name?: string; email?: string; website?: string },
) {
  if (fields.comment !== undefined) await page.getByLabel("Comment *", { exact: true }).fill(fields.comment);
  if (fields.name !== undefined) await page.getByLabel("Name *", { exact: true }).fill(fields.name);
  if (fields.email !== undefined) await page.getByLabel("Email *", { exact: true }).fill(fields.email);
  if (fields.website !== undefined) await page.getByLabel("Website", { exact: true }).fill(fields.website);
}

/** Signs in to the newsroom as one of the e2e accounts, from the sign-in page (of another server when `origin` is given). */
export async function signIn(page: Page, who: keyof typeof e2eStaff, next = "/admin", origin = "") {
  await page.goto(`${origin}/admin?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email", { exact: true }).fill(e2eStaff[who].email);
  await page.getByLabel("Password", { exact: true }).fill(e2eStaff[who].password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

/** The page's accessibility problems by WCAG 2.1 A/AA and axe's best practices, one line each; [] when clean. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** The page's own alerts (error summaries), without Next's route announcer, which also has role=alert. */
export const problems = (page: Page) => page.locator('[role="alert"]:not(#__next-route-announcer__)');

/** An anonymous reader sees the text at the path within the revalidation window. */
export async function readerSees(browser: Browser, path: string, text: string | RegExp) {
  const reader = await browser.newPage();
  await expect(async () => {
    await reader.goto(path);
    await expect(reader.getByText(text).first()).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: REVALIDATED_WITHIN_MS, intervals: [250] });
  await reader.close();
}
