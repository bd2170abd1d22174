import { expect, test, type Page } from "@playwright/test";
import { asNewVisitor, axeViolations, problems, readerSees, signIn, unique } from "./helpers";

/** A story published from the editor; its editor page is open afterwards. */
async function publishStory(page: Page, headline: string, body: string): Promise<string> {
  await page.goto("/admin/stories/new");
  await page.getByLabel("Headline", { exact: true }).fill(headline);
  await page.getByLabel("Place", { exact: true }).fill("Hamburg");
  await page.getByLabel("Agency", { exact: true }).fill("AFP");
  await page.getByLabel("Section", { exact: true }).selectOption("world");
  await page.getByLabel("Body", { exact: true }).fill(body);
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/stories\/\d+\?saved=publish/);
  return new URL(page.url()).pathname;
}

const storyHref = (headline: string) =>
  `/world/${headline
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")}`;

test.describe("corrections and updates", () => {
  test("an editor corrects a story in public: at its foot, in its data, on /corrections and its feed", async ({
    page,
    browser,
  }) => {
    test.slow();
    await asNewVisitor(page);
    await signIn(page, "editor", "/admin/stories");
    // Words no other test searches for: the search tests expect the demo story first for "Kerry Lavrov".
    const headline = unique("Foreign ministers meet in port city");
    await publishStory(page, headline, "Talks in Hamburg ended without agreement.");

    const notes = page.getByRole("region", { name: "Corrections and updates" });
    await notes.getByRole("button", { name: "Add to the story" }).click();
    await expect(problems(page)).toContainText("Write the correction or update.");
    expect(await axeViolations(page)).toEqual([]);

    const correction = `An earlier version of this story misspelled Lavrov ${Date.now()}.`;
    await notes.getByLabel("Text").fill(correction);
    await notes.getByRole("button", { name: "Add to the story" }).click();
    await expect(notes.getByRole("status")).toHaveText(
      "Correction added. Readers see it at the foot of the story now.",
    );
    await expect(notes.getByLabel("Text")).toHaveValue("");
    await expect(notes.getByRole("listitem").filter({ hasText: correction })).toContainText("Correction,");

    const href = storyHref(headline);
    await readerSees(browser, href, correction);
    const reader = await (await browser.newContext({ javaScriptEnabled: true })).newPage();
    await reader.goto(href);
    const foot = reader.getByRole("region", { name: "Corrections" });
    await expect(foot).toContainText(/Correction, \d{1,2} \w+ \d{4}:/);
    await expect(foot).toContainText(correction);
    const jsonLd = (await reader.locator('script[type="application/ld+json"]').allTextContents())
      .map((text) => JSON.parse(text))
      .find((data) => data["@type"] === "NewsArticle");
    // The story's modified time moved with the note (within a minute of publishing, the page
    // itself does not yet say "Updated").
    expect(Date.parse(jsonLd.dateModified)).toBeGreaterThan(Date.parse(jsonLd.datePublished));
    expect(jsonLd.correction).toEqual([
      expect.objectContaining({ "@type": "CorrectionComment", text: correction }),
    ]);
    expect(await axeViolations(reader)).toEqual([]);

    await reader.goto("/corrections");
    const listed = reader.getByRole("listitem").filter({ hasText: correction });
    await expect(listed.getByRole("link", { name: headline })).toHaveAttribute("href", `${href}#corrections`);
    expect(await axeViolations(reader)).toEqual([]);
    const feed = await reader.request.get("/corrections/feed.xml");
    expect(feed.headers()["content-type"]).toContain("application/rss+xml");
    expect(await feed.text()).toContain(correction);
    expect((await reader.request.get("/corrections/page/1")).status()).toBe(404);

    // An update: said at the foot too, but it is no correction.
    const update = `Talks resume on Friday ${Date.now()}.`;
    await notes.getByLabel("Update").check();
    await notes.getByLabel("Text").fill(update);
    await notes.getByRole("button", { name: "Add to the story" }).click();
    await expect(notes.getByRole("status")).toHaveText(
      "Update added. Readers see it at the foot of the story now.",
    );
    await readerSees(browser, href, update);
    await reader.goto(href);
    await expect(reader.getByRole("region", { name: "Corrections and updates" })).toContainText(
      /Correction, .*Update, /s,
    );
    await reader.goto("/corrections");
    await expect(reader.getByText(update)).toHaveCount(0);
    await reader.context().close();
  });
});

test("the audit log shows an admin who published and corrected a story, filtered by kind and by who", async ({
  browser,
}) => {
  test.slow();
  const editorPage = await (await browser.newContext()).newPage();
  await signIn(editorPage, "editor", "/admin/stories");
  const headline = unique("Audited story");
  await publishStory(editorPage, headline, "Words to be corrected.");
  const notes = editorPage.getByRole("region", { name: "Corrections and updates" });
  await notes.getByLabel("Text").fill("An earlier version had the wrong words.");
  await notes.getByRole("button", { name: "Add to the story" }).click();
  await expect(notes.getByRole("status")).toContainText("Correction added.");
  await editorPage.context().close();

  const adminPage = await (await browser.newContext()).newPage();
  await signIn(adminPage, "admin", "/admin/audit");
  await adminPage.getByLabel("Kind").selectOption("story");
  await adminPage.getByLabel("Who").selectOption({ label: "editor (editor@dateline.test)" });
  await adminPage.getByRole("button", { name: "Show" }).click();
  await expect(adminPage).toHaveURL(/kind=story/);
  const rows = adminPage.getByRole("row").filter({ hasText: headline });
  await expect(rows.filter({ hasText: "Added a correction" })).toContainText(
    "An earlier version had the wrong words.",
  );
  await expect(rows.filter({ hasText: "Published or updated" })).toHaveCount(1);
  // Another kind, nothing of this story.
  await adminPage.getByLabel("Kind").selectOption("comment");
  await adminPage.getByRole("button", { name: "Show" }).click();
  await expect(adminPage.getByRole("row").filter({ hasText: headline })).toHaveCount(0);
  await adminPage.context().close();
});

test.describe("a story's history", () => {
  test.use({ javaScriptEnabled: false });

  test("without JavaScript: every save kept, two compared word by word, an earlier one restored for readers", async ({
    page,
    browser,
  }) => {
    test.slow();
    await signIn(page, "editor", "/admin/stories");
    const headline = unique("Ferry strike ends");
    const editor = await publishStory(page, headline, "The ferries sailed again on Monday.");
    await page.getByLabel("Body", { exact: true }).fill("The ferries sailed again on Tuesday.");
    await page.getByRole("button", { name: "Update", exact: true }).click();
    await expect(page.getByRole("status").first()).toContainText("Published");

    await page.getByRole("link", { name: "History and earlier revisions" }).click();
    await expect(page).toHaveURL(`${editor}/history`);
    const rows = page.getByRole("table").getByRole("row");
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(1)).toContainText("Body");
    await expect(rows.nth(1)).toContainText("Current");
    // By default the latest save against the one before.
    const comparison = page.getByRole("region", { name: /From revision 1 to revision 2/ });
    // Only the body changed: Update keeps the publication time to the second.
    await expect(comparison.locator("dt")).toHaveText(["Body"]);
    await expect(comparison.locator("del")).toHaveText("[removed: Monday]");
    await expect(comparison.locator("ins")).toHaveText("[added: Tuesday]");

    await page.getByLabel("Earlier revision").selectOption("2");
    await page.getByLabel("Later revision").selectOption("2");
    await page.getByRole("button", { name: "Compare" }).click();
    await expect(page.getByText("These two revisions have the same content.")).toBeVisible();

    // Another tab that read the history before the restore below.
    const stale = await page.context().newPage();
    await stale.goto(`${editor}/history`);

    await page.getByRole("button", { name: "Restore revision 1" }).click();
    await expect(page.getByRole("status")).toHaveText("Revision 1 restored as a new revision.");
    await expect(rows).toHaveCount(4);
    await expect(rows.nth(1)).toContainText("Restored revision 1");
    await readerSees(browser, storyHref(headline), "The ferries sailed again on Monday.");

    // A Restore from a page read before that save is refused, and changes nothing.
    await stale.getByRole("button", { name: "Restore revision 1" }).click();
    await expect(stale.getByRole("alert").filter({ hasText: "Someone else saved this story" })).toBeVisible();
    await expect(stale.getByRole("table").getByRole("row")).toHaveCount(4);
  });
});
