import { expect, test } from "@playwright/test";
import { commentFingerprint } from "../lib/comments/fingerprint";
import { asNewVisitor, importStory, signIn, withDatabase, REVALIDATED_WITHIN_MS } from "./helpers";

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

test("unpublishing a story takes down its cached later comment pages and its social image too", async ({
  page,
  baseURL,
}) => {
  test.slow();
  const slug = `tram-depot-market-${Date.now()}`;
  await importStory(baseURL, {
    slug,
    headline: "Night market moves into the old tram depot",
    paragraph: "Stalls fill the sheds where the trams once slept.",
    publishedAt: new Date(Date.now() - 60_000),
  });
  const href = `/science/${slug}`;
  // 51 threads: a second page of comments (50 threads a page).
  const storyId = await withDatabase(async (db) => {
    const story = await db.article.findUniqueOrThrow({ where: { slug } });
    for (let i = 0; i < 51; i++) {
      const email = `depot${i}@example.com`;
      const body = `Depot thread ${i}.`;
      await db.comment.create({
        data: {
          articleId: story.id,
          authorName: `Stallholder ${i}`,
          authorEmail: email,
          body,
          status: "approved",
          moderationReason: "e2e",
          ip: "192.0.2.1",
          fingerprint: commentFingerprint(story.id, null, email, body),
          createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
        },
      });
    }
    return story.id;
  });

  const storyPage = await page.request.get(href);
  expect(storyPage.status()).toBe(200);
  const image = new URL(/<meta property="og:image" content="([^"]+)"/.exec(await storyPage.text())![1]!)
    .pathname;
  const secondPage = `${href}/comments/2`;
  // Served, and from the cache, before the story is unpublished.
  await expect
    .poll(async () => (await page.request.get(secondPage)).headers()["x-nextjs-cache"], revalidated)
    .toBe("HIT");
  expect((await page.request.get(secondPage)).status()).toBe(200);
  const served = await page.request.get(image);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("image/png");

  await asNewVisitor(page);
  await signIn(page, "editor", `/admin/stories/${storyId}`);
  await page.getByRole("button", { name: "Unpublish" }).click();
  await expect(page.getByRole("status")).toContainText("Unpublished.");

  for (const path of [href, secondPage, `${href}/share`, image]) {
    await expect.poll(async () => (await page.request.get(path)).status(), revalidated).toBe(404);
  }
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
