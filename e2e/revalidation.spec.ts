import { expect, test } from "@playwright/test";
import { importStory, REVALIDATED_WITHIN_MS } from "./helpers";

// Readers see an imported change without anyone restarting anything (how fast: npm run bench).
const revalidated = { timeout: REVALIDATED_WITHIN_MS, intervals: [100, 200, 300] };

test("an imported story appears, and an edit to it shows as updated, without a restart", async ({
  page,
  baseURL,
}) => {
  const slug = `night-ferry-${Date.now()}`;
  const story = (paragraph: string) => ({
    slug,
    headline: "Night ferry keeps its lights low for migrating birds",
    paragraph,
    publishedAt: new Date(Date.now() - 60_000),
  });

  await page.goto("/"); // fill the front page cache before the story exists
  const first = await importStory(
    baseURL,
    story("The crew dims the deck lights during the autumn migration."),
  );
  expect(first).toMatch(/1 created/);
  expect(first).toMatch(/revalidated \d+ page/);

  await expect
    .poll(async () => (await page.request.get("/")).text(), revalidated)
    .toContain("Night ferry keeps its lights low for migrating birds");
  await page.goto(`/science/${slug}`);
  await expect(page.locator("article").first()).toContainText("dims the deck lights");
  await expect(page.locator("article").first()).not.toContainText("Updated");

  const second = await importStory(
    baseURL,
    story("The crew switches the deck lights off entirely during the autumn migration."),
  );
  expect(second).toMatch(/1 updated/);
  await expect
    .poll(async () => (await page.request.get(`/science/${slug}`)).text(), revalidated)
    .toContain("switches the deck lights off entirely");
  await page.reload();
  await expect(page.locator("article").first()).toContainText("Updated");
});

test("a change revalidates its pages again a few seconds later", async ({ page, baseURL }) => {
  // A render begun before the write would otherwise stay cached as fresh (lib/cache/revalidate-again.ts).
  const slug = `second-look-${Date.now()}`;
  const cache = async () => (await page.request.get(`/science/${slug}`)).headers()["x-nextjs-cache"];
  await importStory(baseURL, {
    slug,
    headline: "Harbour lights get a second look",
    paragraph: "The harbour master checks every light twice.",
    publishedAt: new Date(Date.now() - 60_000),
  });
  await expect.poll(cache, revalidated).toBe("HIT");
  await expect.poll(cache, { timeout: REVALIDATED_WITHIN_MS, intervals: [250] }).not.toBe("HIT");
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
