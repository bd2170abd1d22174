import { expect, test, type Browser } from "@playwright/test";
import { asNewVisitor, postStatus, problems, readingPause, signIn, REVALIDATED_WITHIN_MS } from "./helpers";

// Lea's is the one demo comment no other spec reads; the default threshold (3 reports) hides it.
const storyPath = "/world/harbour-town-opens-floating-library";
const lea = "Lea (sample reader)";
const leaText = /^A library that comes to you\./;

async function reader(browser: Browser, javaScript: boolean) {
  const context = await browser.newContext({ javaScriptEnabled: javaScript });
  const page = await context.newPage();
  await asNewVisitor(page);
  return page;
}

test("readers report a comment; three reports hide it until a moderator keeps it", async ({
  browser,
  page,
}) => {
  test.slow(); // four readers and a moderator, each a round trip
  // The first reader has no JavaScript: Report is a link to a page with a plain form.
  const first = await reader(browser, false);
  await first.goto(storyPath);
  await first.getByRole("link", { name: `Report the comment by ${lea}` }).click();
  await expect(first).toHaveURL(/\/report\/\d+$/);
  await expect(first.getByRole("heading", { level: 1 })).toHaveText("Report a comment");
  await expect(first.locator("blockquote")).toContainText(leaText);

  await first.getByLabel("Anything the moderators should know (optional)").fill("Looks like an advert to me");
  await readingPause(first);
  expect(await postStatus(first, "Send report")).toBe(422);
  await expect(problems(first)).toContainText("Choose why you are reporting this comment.");
  await expect(first.getByLabel("Anything the moderators should know (optional)")).toHaveValue(
    "Looks like an advert to me",
  );
  await first.getByLabel("Spam or advertising").check();
  await readingPause(first);
  expect(await postStatus(first, "Send report")).toBe(200);
  await expect(first.getByRole("status")).toHaveText(/^Thank you\. A moderator will look at this comment\./);

  // Once per reader per comment.
  await first.goto(first.url());
  await first.getByLabel("Abuse, harassment or hate").check();
  await readingPause(first);
  expect(await postStatus(first, "Send report")).toBe(409);
  await expect(problems(first)).toContainText("You have already reported this comment.");
  await first.context().close();

  for (const [index, javaScript] of [true, true].entries()) {
    const next = await reader(browser, javaScript);
    await next.goto(storyPath);
    await next.getByRole("link", { name: `Report the comment by ${lea}` }).click();
    await next.getByLabel("Abuse, harassment or hate").check();
    await readingPause(next);
    await next.getByRole("button", { name: "Send report" }).click();
    // The third report hides the comment: its report page then quotes nothing and says so.
    await expect(next.getByRole("status")).toContainText(
      index === 0
        ? "Thank you. A moderator will look at this comment."
        : "This comment is hidden until a moderator has looked at it.",
    );
    await next.context().close();
  }

  const anyone = await reader(browser, true);
  await expect(async () => {
    await anyone.goto(storyPath);
    await expect(anyone.getByText(leaText)).toHaveCount(0, { timeout: 500 });
  }).toPass({ timeout: REVALIDATED_WITHIN_MS, intervals: [250] });

  await asNewVisitor(page);
  await signIn(page, "moderator", "/admin/comments?status=reported");
  const item = page.getByRole("article", { name: lea });
  await expect(item).toContainText("3 (spam 1, abuse 2)");
  await expect(item).toContainText("Looks like an advert to me");
  await expect(item).toContainText("reported");
  await item.getByRole("button", { name: `Keep the comment by ${lea}` }).click();
  await expect(page.getByRole("status")).toHaveText("1 comment kept, their reports dismissed.");
  await expect(page.getByRole("article", { name: lea })).toHaveCount(0);

  await expect(async () => {
    await anyone.goto(storyPath);
    await expect(anyone.getByText(leaText)).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: REVALIDATED_WITHIN_MS, intervals: [250] });
  await anyone.context().close();
});
