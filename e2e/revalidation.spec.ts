import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { REVALIDATED_WITHIN_MS } from "./helpers";

const run = promisify(execFile);

// Readers see an imported change without anyone restarting anything (how fast: npm run bench).
const revalidated = { timeout: REVALIDATED_WITHIN_MS, intervals: [100, 200, 300] };

test("an imported story appears, and an edit to it shows as updated, without a restart", async ({
  page,
  baseURL,
}) => {
  const slug = `night-ferry-${Date.now()}`;
  const file = path.join(mkdtempSync(path.join(tmpdir(), "dateline-e2e-")), "story.txt");
  const write = (paragraph: string) =>
    writeFileSync(
      file,
      `---\nslug: ${slug}\nsection: Science\ndate: ${new Date(Date.now() - 60_000).toISOString()}\n---\n` +
        `Night ferry keeps its lights low for migrating birds\nKestrel Ford / Demo Wire\n${paragraph}\n`,
    );
  const importFile = () =>
    run(process.execPath, ["--import", "tsx", "scripts/import.ts", file], {
      env: { ...process.env, SITE_URL: baseURL },
    });

  await page.goto("/"); // fill the front page cache before the story exists
  write("The crew dims the deck lights during the autumn migration.");
  const first = await importFile();
  expect(first.stdout).toMatch(/1 created/);
  expect(first.stdout).toMatch(/revalidated \d+ page/);

  await expect
    .poll(async () => (await page.request.get("/")).text(), revalidated)
    .toContain("Night ferry keeps its lights low for migrating birds");
  await page.goto(`/science/${slug}`);
  await expect(page.locator("article").first()).toContainText("dims the deck lights");
  await expect(page.locator("article").first()).not.toContainText("Updated");

  write("The crew switches the deck lights off entirely during the autumn migration.");
  const second = await importFile();
  expect(second.stdout).toMatch(/1 updated/);
  await expect
    .poll(async () => (await page.request.get(`/science/${slug}`)).text(), revalidated)
    .toContain("switches the deck lights off entirely");
  await page.reload();
  await expect(page.locator("article").first()).toContainText("Updated");
});

test("the revalidation endpoint refuses callers without the secret", async ({ request }) => {
  const anonymous = await request.post("/api/revalidate", { data: { everything: true } });
  expect(anonymous.status()).toBe(401);
  const wrong = await request.post("/api/revalidate", {
    data: { everything: true },
    headers: { authorization: "Bearer not-the-secret-not-the-secret" },
  });
  expect(wrong.status()).toBe(401);
});
