import { expect, test } from "@playwright/test";
import {
  asNewVisitor,
  axeViolations,
  fillReply,
  problems,
  readerSees,
  readingPause,
  signIn,
  unique,
  uniqueAddress,
} from "./helpers";

const storyPath = "/world/no-progress-as-kerry-lavrov-meet-on-syria-us";

test("every reader page ends with the sections, the feeds, and about, contact and privacy", async ({
  page,
}) => {
  await page.goto("/world/no-progress-as-kerry-lavrov-meet-on-syria-us");
  const footer = page.getByRole("navigation", { name: "Site" });
  await expect(footer.getByRole("link", { name: "Science", exact: true })).toHaveAttribute(
    "href",
    "/science",
  );
  await expect(footer.getByRole("link", { name: "All stories (RSS)" })).toHaveAttribute("href", "/feed.xml");
  await expect(footer.getByRole("link", { name: "World (RSS)" })).toHaveAttribute("href", "/world/feed.xml");

  await footer.getByRole("link", { name: "Privacy" }).click();
  await expect(page).toHaveURL(/\/privacy$/);
  await expect(page).toHaveTitle(/^Privacy/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacy");
  // The retention period comes from RETENTION_DAYS (30 unless set).
  await expect(page.getByText("Your IP address is kept for 30 days so moderators")).toBeVisible();
  await expect(page.getByText("We do not store your browser’s user agent.")).toBeVisible();

  await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "About us" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^About /);
  await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Contact" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Contact us");
  await page.getByRole("link", { name: "privacy page" }).click();
  await expect(page).toHaveURL(/\/privacy$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an admin rewrites the About page: a mistake keeps what was typed, the save reaches readers", async ({
    page,
    browser,
  }) => {
    await asNewVisitor(page);
    await signIn(page, "admin", "/admin");
    await page.getByRole("navigation", { name: "Newsroom" }).getByRole("link", { name: "Pages" }).click();
    await page.getByRole("link", { name: /^About / }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edit /about");

    const text = unique("We are a small newsroom on the Elbe");
    await page.getByLabel("Title").fill("");
    await page.getByLabel("Text").fill(`${text}.\n\n**Founded** in 2016.`);
    await page.getByRole("button", { name: "Save page" }).click();
    await expect(problems(page)).toContainText("Enter the page's title.");
    await expect(page.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Text")).toHaveValue(`${text}.\n\n**Founded** in 2016.`);

    await page.getByLabel("Title").fill("About the Dateline newsroom");
    await page.getByRole("button", { name: "Save page" }).click();
    await expect(page.getByRole("status")).toContainText("Page saved.");
    await readerSees(browser, "/about", text);

    const reader = await browser.newPage();
    await reader.goto("/about");
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText("About the Dateline newsroom");
    await expect(reader.locator("strong", { hasText: "Founded" })).toBeVisible();
    await expect(reader.getByText(/^Last changed on \d+ \w+ \d{4}\.$/)).toBeVisible();
    await reader.close();
  });
});

test("only admins edit the site's pages, and a made-up page is a 404", async ({ page }) => {
  await asNewVisitor(page);
  await signIn(page, "editor", "/admin");
  await expect(
    page.getByRole("navigation", { name: "Newsroom" }).getByRole("link", { name: "Pages" }),
  ).toHaveCount(0);
  expect((await page.goto("/admin/pages/about"))?.status()).toBe(403);
  expect((await page.goto("/admin/pages/privacy"))?.status()).toBe(404);
  expect((await page.goto("/_page/imprint"))?.status()).toBe(404);
});

test("an admin looks up a commenter's data and erases them; the comment stays, as Anonymous", async ({
  page,
  browser,
}) => {
  const email = uniqueAddress("erase");
  const text = unique("Please forget me");
  const reader = await browser.newPage();
  await asNewVisitor(reader);
  await reader.goto(storyPath);
  await fillReply(reader, {
    comment: text,
    name: "Forgettable Person",
    email,
    website: "example.com/forget",
  });
  await readingPause(reader);
  await reader.getByRole("button", { name: "Post Comment" }).click();
  await expect(reader.locator("#respond").getByRole("status")).toContainText("awaiting moderation");
  await reader.close();

  await asNewVisitor(page);
  await signIn(page, "admin", "/admin/privacy");
  const lookUp = page.getByRole("region", { name: "What we hold about an address" });
  await lookUp.getByLabel("Email address").fill(email.toUpperCase());
  await lookUp.getByRole("button", { name: "Look up" }).click();
  await expect(lookUp.getByRole("status")).toContainText(
    "1 comment, 0 shares sent, 0 shares received, 1 newsroom notice",
  );
  await expect(lookUp.locator("pre")).toContainText(`"body": "${text}"`);
  await expect(lookUp.getByRole("link", { name: "Download as JSON" })).toHaveAttribute("download", /\.json$/);
  expect(await axeViolations(page)).toEqual([]);

  const erase = page.getByRole("region", { name: "Erase a person" });
  await erase.getByLabel("Email address").fill(email);
  await erase.getByLabel("Also remove the text of their comments").check();
  await erase.getByRole("button", { name: "Erase" }).click();
  await expect(problems(page)).toContainText("Tick the box to confirm: an erasure cannot be undone.");
  await expect(erase.getByLabel("Email address")).toHaveValue(email);
  await expect(erase.getByLabel("Also remove the text of their comments")).toBeChecked();

  await erase.getByLabel(/^I have checked the request comes from this address/).check();
  await erase.getByRole("button", { name: "Erase" }).click();
  await expect(erase.getByRole("status")).toContainText(
    "1 comment now shown as Anonymous, without a website; address and IP erased; text removed from 1 comment",
  );
  // The newsroom's notice of the comment named the address (NEWSROOM_EMAIL is set in the e2e runs).
  await expect(erase.getByRole("status")).toContainText("1 newsroom notice naming this address: deleted");

  await page.goto("/admin/comments");
  await expect(page.getByText(text)).toHaveCount(0);
  const erased = page
    .getByRole("article", { name: "Anonymous" })
    .filter({ hasText: "erased on the author's request" });
  await expect(erased.first()).toContainText("This comment was removed at its author’s request.");
});
