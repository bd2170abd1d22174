import { expect, test } from "@playwright/test";
import {
  asNewVisitor,
  axeViolations,
  fillReply,
  problems,
  readingPause,
  unique,
  uniqueAddress,
} from "./helpers";

const storyPath = "/world/no-progress-as-kerry-lavrov-meet-on-syria-us";

for (const javaScript of [true, false]) {
  test.describe(javaScript ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled: javaScript });

    test("the author corrects a comment from the same browser; nobody else can", async ({
      page,
      browser,
    }) => {
      await asNewVisitor(page);
      await page.goto(storyPath);
      const typo = unique("Ferrys are back");
      await fillReply(page, { comment: typo, name: unique("Corrector"), email: uniqueAddress("corrector") });
      await readingPause(page);
      await page.getByRole("button", { name: "Post Comment" }).click();
      const preview = page.locator("#respond").getByRole("status");
      await expect(preview).toContainText("awaiting moderation");
      await expect(preview).toContainText(/\(until \d\d:\d\d \w+, in this browser\)/);
      const editHref = await preview.getByRole("link", { name: "Correct your comment" }).getAttribute("href");

      await page.goto(editHref!);
      await expect(page.getByRole("heading", { name: "Correct your comment" })).toBeVisible();
      const box = page.getByLabel("Comment *", { exact: true });
      await expect(box).toHaveValue(typo);
      if (javaScript) expect(await axeViolations(page)).toEqual([]); // axe runs in the page's JavaScript

      // An empty text is refused and the box keeps what was typed.
      await box.fill("   ");
      await page.getByRole("button", { name: "Save correction" }).click();
      await expect(problems(page)).toContainText("Comment is required.");
      const fixed = typo.replace("Ferrys", "Ferries");
      await page.getByLabel("Comment *", { exact: true }).fill(fixed);
      await page.getByRole("button", { name: "Save correction" }).click();
      await expect(page.getByRole("status")).toContainText(
        "Your correction is saved. Your comment is awaiting moderation: it is held for a moderator because it is your first comment here.",
      );
      await expect(page.getByLabel("Comment *", { exact: true })).toHaveValue(fixed);

      // Another browser holds no edit cookie: the page says why, and a post is refused.
      const stranger = await browser.newPage({ javaScriptEnabled: javaScript });
      expect((await stranger.goto(editHref!))?.status()).toBe(200);
      await expect(stranger.getByRole("status")).toContainText("can no longer be corrected here");
      await expect(stranger.getByRole("button", { name: "Save correction" })).toHaveCount(0);
      await stranger.close();
    });
  });
}

test("an edit address for a comment that does not exist is a 404", async ({ page }) => {
  expect((await page.goto(`${storyPath}/edit/999999999`))?.status()).toBe(404);
  expect((await page.goto(`${storyPath}/edit/abc`))?.status()).toBe(404);
});
