import { expect, test, type Page } from "@playwright/test";
import {
  asNewVisitor,
  axeViolations,
  postStatus,
  problems,
  signIn,
  unique,
  withDatabase,
  REVALIDATED_WITHIN_MS,
  readerSees,
} from "./helpers";

async function newStory(
  page: Page,
  headline: string,
  button: "Publish" | "Save draft" | "Schedule",
  publishAt?: string,
) {
  await page.goto("/admin/stories/new");
  await page.getByLabel("Headline", { exact: true }).fill(headline);
  await page.getByLabel("Standfirst", { exact: true }).fill("Dock workers stop the port for a day.");
  await page.getByLabel("Place", { exact: true }).fill("Hamburg");
  await page.getByLabel("Agency", { exact: true }).fill("AFP");
  await page.getByLabel("Byline", { exact: true }).fill("Test Reporter");
  await page.getByLabel("Section", { exact: true }).selectOption("world");
  await page.getByLabel("Tags", { exact: true }).fill("Hamburg, Ports");
  await page
    .getByLabel("Body", { exact: true })
    .fill("The cranes stood *still* on Tuesday.\n\nShips waited offshore.");
  if (publishAt) await page.getByLabel(/^Publication date and time/).fill(publishAt);
  await page.getByRole("button", { name: button, exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/stories\/\d+\?saved=/);
}

const slugOf = (headline: string) =>
  headline
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

test.describe("writing stories", () => {
  test("create, preview, publish, edit and unpublish, each seen by an anonymous reader", async ({
    page,
    browser,
  }) => {
    test.slow();
    await asNewVisitor(page);
    await signIn(page, "editor", "/admin/stories");
    await page.getByRole("link", { name: "New article" }).click();

    // Validation keeps everything typed.
    await page.getByLabel("Body", { exact: true }).fill("A body without a headline.");
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(problems(page)).toContainText("Headline is empty");
    await expect(page.getByLabel("Headline", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Body", { exact: true })).toHaveValue("A body without a headline.");
    expect(await axeViolations(page)).toEqual([]);

    const headline = unique("Harbour cranes fall silent");
    await page.getByLabel("Headline", { exact: true }).fill(headline);
    await page.getByLabel("Place", { exact: true }).fill("Hamburg");
    await page.getByLabel("Agency", { exact: true }).fill("AFP");
    await page.getByLabel("Section", { exact: true }).selectOption("world");
    await page.getByLabel("Body", { exact: true }).fill("The cranes stood **still**.\n\nShips waited.");
    // A tag of its own: its page is a cached 404 until the story goes out.
    const tag = `Crane${Date.now()}`;
    await page.getByLabel("Tags", { exact: true }).fill(tag);
    const tagPath = `/tag/${tag.toLowerCase()}`;
    const probe = await browser.newPage();
    expect((await probe.goto(tagPath))?.status()).toBe(404);
    await probe.close();
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByRole("region", { name: "Preview" }).locator("strong")).toHaveText("still");
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByRole("status")).toContainText("Published. Readers see it now.");
    const href = `/world/${slugOf(headline)}`;
    await readerSees(browser, href, "Hamburg / AFP");
    await readerSees(browser, "/", headline);
    await readerSees(browser, tagPath, headline);

    const edited = `${headline} (updated)`;
    await page.getByLabel("Headline", { exact: true }).fill(edited);
    await page.getByRole("button", { name: "Update" }).click();
    await expect(page.getByRole("status")).toContainText("Published.");
    // The slug stays stable once the story is out.
    await readerSees(browser, href, edited);

    await page.getByRole("button", { name: "Unpublish" }).click();
    await expect(page.getByRole("status")).toContainText("Unpublished.");
    const reader = await browser.newPage();
    await expect(async () => {
      expect((await reader.goto(href))?.status()).toBe(404);
    }).toPass({ timeout: REVALIDATED_WITHIN_MS, intervals: [250] });
    // The front page is its own cache entry; a reader on another test may be rendering it.
    await expect(async () => {
      await reader.goto("/");
      await expect(reader.getByText(edited)).toHaveCount(0, { timeout: 500 });
    }).toPass({ timeout: REVALIDATED_WITHIN_MS, intervals: [250] });
    await reader.close();
  });

  test("a scheduled story appears at its time without anyone touching it", async ({ page, browser }) => {
    await asNewVisitor(page);
    await signIn(page, "editor");
    const headline = unique("Scheduled ferry timetable");
    // An hour ahead (the e2e server's time zone is UTC; the input takes seconds), so a slow save
    // never lands after its own time; then the test moves the time to now, as the clock would.
    const at = new Date(Date.now() + 3_600_000).toISOString().slice(0, 19);
    await newStory(page, headline, "Schedule", at);
    await expect(page.getByRole("status")).toContainText("Scheduled.");
    const slug = slugOf(headline);
    const href = `/world/${slug}`;
    const reader = await browser.newPage();
    expect((await reader.goto(href))?.status()).toBe(404);
    await withDatabase((db) => db.article.update({ where: { slug }, data: { publishedAt: new Date() } }));
    await expect(async () => {
      expect((await reader.goto(href))?.status()).toBe(200);
    }).toPass({ timeout: 30_000, intervals: [1000] });
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(headline);
    await reader.close();
  });

  test("a second editor saving an outdated copy is told, and keeps their text", async ({ page, browser }) => {
    await asNewVisitor(page);
    await signIn(page, "editor");
    await newStory(page, unique("Two editors one story"), "Save draft");
    const editorUrl = page.url().replace(/\?.*$/, "");

    const other = await browser.newPage();
    await asNewVisitor(other);
    await signIn(other, "admin", new URL(editorUrl).pathname);
    await other.getByLabel("Standfirst", { exact: true }).fill("The admin's version.");
    await page.getByLabel("Standfirst", { exact: true }).fill("The editor's version.");
    // The status already says "Draft saved." from the first save: wait for this save's answer.
    expect(await postStatus(page, "Save draft")).toBe(200);
    await expect(page.getByRole("status")).toContainText("Draft saved.");

    await other.getByRole("button", { name: "Save draft" }).click();
    await expect(problems(other)).toContainText("Someone else saved this story after you opened it");
    await expect(other.getByLabel("Standfirst", { exact: true })).toHaveValue("The admin's version.");
    await other.reload();
    await expect(other.getByLabel("Standfirst", { exact: true })).toHaveValue("The editor's version.");
    await other.close();
  });

  test("a published story's changed slug redirects from the old address", async ({ page, browser }) => {
    await asNewVisitor(page);
    await signIn(page, "editor");
    const headline = unique("Slug that will move");
    await newStory(page, headline, "Publish");
    const oldHref = `/world/${slugOf(headline)}`;
    await readerSees(browser, oldHref, headline);
    const newSlug = `${slugOf(headline)}-moved`;
    await page.getByLabel("Slug", { exact: true }).fill(newSlug);
    await page.getByRole("button", { name: "Update" }).click();
    await expect(page.getByRole("status")).toContainText("Published.");
    const reader = await browser.newPage();
    await expect(async () => {
      await reader.goto(oldHref);
      expect(reader.url()).toMatch(new RegExp(`/world/${newSlug}$`));
    }).toPass({ timeout: REVALIDATED_WITHIN_MS, intervals: [250] });
    await reader.close();
  });

  test("stories can be found by headline and status", async ({ page }) => {
    await asNewVisitor(page);
    await signIn(page, "editor");
    const headline = unique("Findable draft");
    await newStory(page, headline, "Save draft");
    await page.goto("/admin/stories");
    await page.getByLabel("Search headlines").fill(headline.toUpperCase());
    await page.getByLabel("Status").selectOption("draft");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page.getByRole("link", { name: headline })).toBeVisible();
    await page.getByLabel("Status").selectOption("published");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page.getByText("No stories match.")).toBeVisible();
  });
});
