import { expect, test, type Browser } from "@playwright/test";
import {
  asNewVisitor,
  postStatus,
  axeViolations,
  fillReply,
  problems,
  readingPause,
  signIn,
  unique,
  uniqueAddress,
  REVALIDATED_WITHIN_MS,
  readerSees,
} from "./helpers";

const storyPath = "/world/no-progress-as-kerry-lavrov-meet-on-syria-us";

async function postHeldComment(browser: Browser, author: string, text: string) {
  const page = await browser.newPage();
  await asNewVisitor(page);
  await page.goto(storyPath);
  await fillReply(page, { comment: text, name: author, email: uniqueAddress("held") });
  await readingPause(page);
  await page.getByRole("button", { name: "Post Comment" }).click();
  await expect(page.locator("#respond").getByRole("status")).toContainText("awaiting moderation");
  await page.close();
}

test.describe("moderating comments", () => {
  test("a held comment, approved by a moderator, appears for anonymous readers; the newsroom replies with a badge", async ({
    page,
    browser,
  }) => {
    const author = unique("Held Author");
    const text = unique("Please approve me");
    await postHeldComment(browser, author, text);

    await asNewVisitor(page);
    await signIn(page, "moderator", "/admin/comments");
    const item = page.getByRole("article", { name: author });
    await expect(item).toContainText(text);
    await expect(item).toContainText("first-comment");
    await expect(item).toContainText("@example.com");
    expect(await axeViolations(page)).toEqual([]);
    await item.getByRole("button", { name: `Approve the comment by ${author}` }).click();
    await expect(page.getByRole("status")).toHaveText("1 comment approved.");
    await readerSees(browser, storyPath, text);

    await page.goto("/admin/comments?status=approved");
    await page.getByRole("article", { name: author }).getByRole("link", { name: "Edit or reply" }).click();
    const reply = unique("Thanks from the desk");
    await page.getByLabel("Your reply", { exact: true }).fill(reply);
    await page.getByRole("button", { name: "Post reply" }).click();
    await expect(page.getByRole("status")).toHaveText("Your reply is published with a staff badge.");
    const reader = await browser.newPage();
    await expect(async () => {
      await reader.goto(storyPath);
      const staffReply = reader.locator("li", { hasText: reply }).last();
      await expect(staffReply.getByText("Staff", { exact: true })).toBeVisible({ timeout: 500 });
    }).toPass({ timeout: REVALIDATED_WITHIN_MS, intervals: [250] });
    await reader.close();
  });

  test("bulk actions move the selected comments, and only those", async ({ page, browser }) => {
    test.slow(); // many steps, each a round trip; a loaded CI machine takes three times as long
    const authors = [unique("Bulk One"), unique("Bulk Two"), unique("Bulk Three")];
    for (const author of authors) await postHeldComment(browser, author, unique("bulk text"));

    await asNewVisitor(page);
    await signIn(page, "moderator", "/admin/comments");
    await page.getByRole("checkbox", { name: authors[0]!, exact: true }).check();
    await page.getByRole("checkbox", { name: authors[1]!, exact: true }).check();
    await page.getByLabel("Bulk action").selectOption("spam");
    await page.getByRole("button", { name: "Apply to selected" }).click();
    await expect(page.getByRole("status")).toHaveText("2 comments marked as spam.");
    await expect(page.getByRole("article", { name: authors[2]! })).toBeVisible();
    await expect(page.getByRole("article", { name: authors[0]! })).toHaveCount(0);

    await page.getByRole("link", { name: /^Spam \(\d+\)$/ }).click();
    await page.getByRole("checkbox", { name: authors[0]!, exact: true }).check();
    await page.getByRole("checkbox", { name: authors[1]!, exact: true }).check();
    await page.getByLabel("Bulk action").selectOption("delete");
    await page.getByRole("button", { name: "Apply to selected" }).click();
    await expect(page.getByRole("status")).toHaveText("2 comments deleted permanently.");

    // Nothing ticked: a clear problem, nothing changes.
    await page.goto("/admin/comments");
    await page.getByRole("button", { name: "Apply to selected" }).click();
    await expect(problems(page)).toHaveText("Select at least one comment, then apply the action.");
    await page
      .getByRole("article", { name: authors[2]! })
      .getByRole("button", { name: /^Trash/ })
      .click();
    await expect(page.getByRole("status")).toHaveText("1 comment moved to the trash.");
  });

  test("settings are validated, keep what was typed, and save", async ({ page }) => {
    await asNewVisitor(page);
    await signIn(page, "admin", "/admin/settings");
    await page.getByLabel("Hold comments with at least this many links").fill("none");
    await page.getByLabel("Hold words").fill("casino\nlottery");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(problems(page)).toContainText("The number of links must be a whole number.");
    await expect(page.getByLabel("Hold words")).toHaveValue("casino\nlottery");
    await page.getByLabel("Hold comments with at least this many links").fill("2");
    await page.getByLabel("Hold words").fill("");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status")).toContainText("Settings saved.");
  });

  test("tampered hidden fields are refused with a sentence, never a 5xx", async ({ page }) => {
    await signIn(page, "moderator", "/admin/comments?status=approved");
    // A button's own value names the action and the comment: made-up ones are refused.
    const firstButton = page.locator('button[name="one"]').first();
    for (const [value, sentence] of [
      ["nuke:1", "Choose an action to apply."],
      ["approve:abc", "Select at least one comment, then apply the action."],
      ["approve:" + "9".repeat(400), "Select at least one comment, then apply the action."],
    ] as const) {
      await firstButton.evaluate((button, v) => button.setAttribute("value", v), value);
      await firstButton.click();
      await expect(problems(page)).toHaveText(sentence);
    }

    await page.getByRole("link", { name: "Edit or reply" }).first().click();
    // Both forms on the comment's page (edit and reply) name the comment in a hidden field.
    const ids = page.locator('input[name="id"]');
    await expect(ids).toHaveCount(2);
    for (const [id, sentence, status] of [
      ["abc", "This form could not be read. Please reload the page and try again.", 422],
      ["999999999", "This comment no longer exists.", 404],
    ] as const) {
      await ids.evaluateAll((inputs, v) => inputs.forEach((input) => input.setAttribute("value", v)), id);
      const reply = unique("Never posted");
      await page.getByLabel("Your reply", { exact: true }).fill(reply);
      expect(await postStatus(page, "Post reply")).toBe(status);
      await expect(page.getByText(sentence)).toBeVisible();
      // What was typed is kept.
      await expect(page.getByLabel("Your reply", { exact: true })).toHaveValue(reply);
    }
  });
});
