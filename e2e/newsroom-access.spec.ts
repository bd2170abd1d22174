import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { asNewVisitor, fillReply, readingPause, signIn, unique, uniqueAddress } from "./helpers";
import type { e2eStaff } from "./staff";

type Who = keyof typeof e2eStaff;

/** The session cookies of a freshly signed-in member of staff. */
async function sessionOf(browser: Browser, who: Who) {
  const page = await browser.newPage();
  await asNewVisitor(page);
  await signIn(page, who);
  const cookies = await page.context().cookies();
  await page.close();
  return cookies;
}

/** Swaps who the browser is, between opening a form and sending it: nobody, or a weaker role. */
async function becomeCaller(context: BrowserContext, browser: Browser, caller: Who | null) {
  await context.clearCookies();
  if (caller) await context.addCookies(await sessionOf(browser, caller));
}

async function expectRefused(page: Page, caller: Who | null) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    caller ? "Not allowed" : "Sign in to the newsroom",
  );
}

// Each action is sent from a page its rightful role opened, by someone who may not send it:
// the check inside the server action is what refuses, and nothing is written.
for (const caller of [null, "moderator"] as const) {
  const who = caller ?? "a signed-out visitor";

  test(`saving a story refuses ${who}`, async ({ page, context, browser }) => {
    await asNewVisitor(page);
    await signIn(page, "editor", "/admin/stories/new");
    const headline = unique("Never saved");
    await page.getByLabel("Headline", { exact: true }).fill(headline);
    await page.getByLabel("Place", { exact: true }).fill("Kiel");
    await page.getByLabel("Agency", { exact: true }).fill("DPA");
    await page.getByLabel("Section", { exact: true }).selectOption("world");
    await page.getByLabel("Body", { exact: true }).fill("Text.");
    await becomeCaller(context, browser, caller);
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expectRefused(page, caller);

    await becomeCaller(context, browser, "editor");
    await page.goto(`/admin/stories?q=${encodeURIComponent(headline)}`);
    await expect(page.getByText("No stories match.")).toBeVisible();
  });

  test(`saving settings refuses ${who === "moderator" ? "an editor" : who}`, async ({
    page,
    context,
    browser,
  }) => {
    const word = unique("forbiddenword").replace(/\W/g, "").toLowerCase();
    await asNewVisitor(page);
    await signIn(page, "admin", "/admin/settings");
    await page.getByLabel("Hold words").fill(word);
    await becomeCaller(context, browser, caller && "editor");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expectRefused(page, caller && "editor");

    await becomeCaller(context, browser, "admin");
    await page.goto("/admin/settings");
    await expect(page.getByLabel("Hold words")).not.toHaveValue(new RegExp(word));
  });
}

test("moderating a comment refuses a signed-out visitor", async ({ page, context, browser }) => {
  const author = unique("Still Held");
  const reader = await browser.newPage();
  await asNewVisitor(reader);
  await reader.goto("/world/no-progress-as-kerry-lavrov-meet-on-syria-us");
  await fillReply(reader, { comment: unique("hold me"), name: author, email: uniqueAddress("still") });
  await readingPause(reader);
  await reader.getByRole("button", { name: "Post Comment" }).click();
  await expect(reader.locator("#respond").getByRole("status")).toContainText("awaiting moderation");
  await reader.close();

  await asNewVisitor(page);
  await signIn(page, "moderator", "/admin/comments");
  // Every role may moderate, so only signing out can be refused.
  await becomeCaller(context, browser, null);
  await page.getByRole("button", { name: `Approve the comment by ${author}` }).click();
  await expectRefused(page, null);

  await becomeCaller(context, browser, "moderator");
  await page.goto("/admin/comments?status=pending");
  await expect(page.getByRole("article", { name: author })).toBeVisible();
});
