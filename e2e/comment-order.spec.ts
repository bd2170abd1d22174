import { expect, test, type Page } from "@playwright/test";
import { commentFingerprint } from "../lib/comments/fingerprint";
import {
  asNewVisitor,
  axeViolations,
  importStory,
  signIn,
  unique,
  withDatabase,
  REVALIDATED_WITHIN_MS,
} from "./helpers";

/** A story of this test's own with approved threads (oldest first), so parallel specs never share it. */
async function storyWithThreads(
  baseURL: string | undefined,
  label: string,
  bodies: string[],
  firstAt: number,
) {
  const slug = `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
  await importStory(baseURL, {
    slug,
    headline: `Lantern makers compare notes (${label})`,
    paragraph: "The workshop's readers argue about wicks.",
    publishedAt: new Date(Date.now() - 60_000),
  });
  const ids = await withDatabase(async (db) => {
    const story = await db.article.findUniqueOrThrow({ where: { slug } });
    const created: number[] = [];
    for (const [i, body] of bodies.entries()) {
      const email = `${slug}-${i}@example.com`;
      const comment = await db.comment.create({
        data: {
          articleId: story.id,
          authorName: `${body} author`,
          authorEmail: email,
          body,
          status: "approved",
          moderationReason: "e2e",
          ip: "192.0.2.1",
          fingerprint: commentFingerprint(story.id, null, email, body),
          createdAt: new Date(firstAt + i * 1000),
        },
      });
      created.push(comment.id);
    }
    return created;
  });
  return { path: `/science/${slug}`, ids };
}

const threadBodies = (page: Page) => page.locator("#comments > ol > li > article .text-lg").allTextContents();

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a reader sorts comments newest first, pages through them in that order, and back", async ({
    page,
    baseURL,
  }) => {
    test.slow(); // 55 comments to write, and a page of 50 threads to read three times
    const bodies = Array.from({ length: 55 }, (_, i) => `Sorted thread ${i}.`);
    // Written long ago: they stay out of the top of the newsroom queue that other tests read.
    const { path } = await storyWithThreads(baseURL, "sorted", bodies, Date.UTC(2025, 0, 1));

    await page.goto(path);
    const sort = page.getByRole("navigation", { name: "Sort comments" });
    await expect(sort.getByRole("link", { name: "Oldest first" })).toHaveAttribute("aria-current", "page");
    expect((await threadBodies(page))[0]).toBe("Sorted thread 0.");

    await sort.getByRole("link", { name: "Newest first" }).click();
    await expect(page).toHaveURL(new RegExp(`${path}/comments/newest#comments$`));
    await expect(sort.getByRole("link", { name: "Newest first" })).toHaveAttribute("aria-current", "page");
    await expect(sort.getByRole("link", { name: "Oldest first" })).not.toHaveAttribute("aria-current");
    const newest = await threadBodies(page);
    expect(newest).toHaveLength(50);
    expect(newest.slice(0, 2)).toEqual(["Sorted thread 54.", "Sorted thread 53."]);
    expect(newest.at(-1)).toBe("Sorted thread 5.");
    // The same comments as the story's own page: search engines are pointed there.
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${path}$`));

    const pages = page.getByRole("navigation", { name: "Comment pages" });
    await pages.getByRole("link", { name: "Older comments" }).click();
    await expect(page).toHaveURL(new RegExp(`${path}/comments/newest/2#comments$`));
    expect(await threadBodies(page)).toEqual([4, 3, 2, 1, 0].map((i) => `Sorted thread ${i}.`));
    await pages.getByRole("link", { name: "Newer comments" }).click();
    await expect(page).toHaveURL(new RegExp(`${path}/comments/newest#comments$`));

    await sort.getByRole("link", { name: "Oldest first" }).click();
    await expect(page).toHaveURL(new RegExp(`${path}#comments$`));
    expect((await threadBodies(page))[0]).toBe("Sorted thread 0.");

    // Page 1 has one address; past the last page there is nothing.
    for (const missing of ["newest/1", "newest/3", "newest/0"]) {
      expect((await page.request.get(`${path}/comments/${missing}`)).status(), missing).toBe(404);
    }
  });
});

test("a moderator features a comment: readers see it first under Editors' picks, marked in its thread, until it is unfeatured", async ({
  page,
  browser,
  baseURL,
}) => {
  const text = unique("A wick of waxed linen lasts longest");
  const { path, ids } = await storyWithThreads(
    baseURL,
    "picked",
    ["First word.", text, "Last word."],
    Date.now() - 5000,
  );
  await withDatabase((db) => db.comment.update({ where: { id: ids[2] }, data: { editedAt: new Date() } }));
  const author = `${text} author`;
  const picks = (reader: Page) => reader.getByRole("region", { name: /Editors.? picks/ });

  // Both orders are cached before the pick, so only revalidation can show it.
  // A context of its own: axe checks the page it shows.
  const readers = await browser.newContext();
  const reader = await readers.newPage();
  for (const address of [path, `${path}/comments/newest`]) {
    await reader.goto(address);
    await expect(reader.getByText(text, { exact: true })).toHaveCount(1);
    await expect(picks(reader)).toHaveCount(0);
  }

  await asNewVisitor(page);
  await signIn(page, "moderator", "/admin/comments?status=approved");
  const item = page.getByRole("article", { name: author });
  await expect(
    item.getByRole("button", { name: `Unfeature the comment by ${author}`, exact: true }),
  ).toHaveCount(0);
  await item.getByRole("button", { name: `Feature the comment by ${author}`, exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("1 comment featured in Editors' picks.");
  await expect(item).toContainText("Editors’ pick");
  await expect(
    item.getByRole("button", { name: `Feature the comment by ${author}`, exact: true }),
  ).toHaveCount(0);

  for (const address of [path, `${path}/comments/newest`]) {
    await expect(async () => {
      await reader.goto(address);
      await expect(picks(reader).getByText(text, { exact: true })).toBeVisible({ timeout: 500 });
    }).toPass({ timeout: REVALIDATED_WITHIN_MS, intervals: [250] });
    await expect(picks(reader).getByRole("heading", { level: 3 })).toHaveText("Editors’ picks");
    await expect(picks(reader)).toContainText(author);
    await expect(reader.locator(`#comment-${ids[1]} header`)).toContainText("Editors’ pick");
    await expect(reader.locator(`#comment-${ids[0]} header`)).not.toContainText("Editors’ pick");
    // A comment whose text was changed says so; the others do not.
    await expect(reader.locator(`#comment-${ids[2]} header`)).toContainText("edited");
    await expect(reader.locator(`#comment-${ids[0]} header`)).not.toContainText("edited");
  }
  expect(await axeViolations(reader)).toEqual([]);
  // Its link finds the comment in its thread.
  await picks(reader)
    .getByRole("link", { name: /In its thread/ })
    .click();
  await expect(reader).toHaveURL(new RegExp(`${path}#comment-${ids[1]}$`));

  await page
    .getByRole("article", { name: author })
    .getByRole("button", { name: `Unfeature the comment by ${author}`, exact: true })
    .click();
  await expect(page.getByRole("status")).toHaveText("1 comment taken out of Editors' picks.");
  await expect(async () => {
    await reader.goto(path);
    await expect(reader.getByText(text, { exact: true })).toHaveCount(1, { timeout: 500 });
    await expect(picks(reader)).toHaveCount(0, { timeout: 500 });
  }).toPass({ timeout: REVALIDATED_WITHIN_MS, intervals: [250] });
  await readers.close();
});
