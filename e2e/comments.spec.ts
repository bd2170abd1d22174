import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { commentFingerprint } from "../lib/comments/fingerprint";
import {
  asNewVisitor,
  axeViolations,
  fillReply,
  mailTo,
  postStatus,
  readingPause,
  unique,
  withDatabase,
  REVALIDATED_WITHIN_MS,
} from "./helpers";

const storyPath = "/world/no-progress-as-kerry-lavrov-meet-on-syria-us";
const closedPath = "/world/river-ferry-returns-after-summer-of-low-water";
// Demo commenters with approved comments: one for each run, so the flood limit (one comment
// per email in 15 s) never sets the two runs against each other.
const knownCommenters = {
  true: { name: "Marta (sample reader)", email: "marta.sample@example.com", site: "marta" },
  false: { name: "Jonas (sample reader)", email: "jonas.sample@example.com", site: "jonas" },
};
// Every comment these tests hold comes from a new address: the first-comment rule holds it, and says so.
const awaiting =
  "Your comment is awaiting moderation: it is held for a moderator because it is your first comment here. This is a preview; your comment will be visible after it has been approved.";

for (const javaScript of [true, false]) {
  test.describe(javaScript ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled: javaScript });

    test("a first-time commenter sees a held preview that nobody else sees", async ({ page, browser }) => {
      await asNewVisitor(page);
      await page.goto(storyPath);
      await expect(page.getByRole("heading", { name: "Leave a Reply", exact: true })).toBeVisible();
      await expect(
        page.getByText("Your email address will not be published. Required fields are marked *"),
      ).toBeVisible();
      const text = unique("Held for review");
      await fillReply(page, {
        comment: text,
        name: "First Timer",
        email: `${unique("first").replace(/\W/g, "")}@example.com`,
      });
      await readingPause(page);
      await page.getByRole("button", { name: "Post Comment" }).click();

      await expect(page.locator("#respond").getByRole("status")).toContainText(awaiting);
      await expect(page.locator("#respond").getByRole("status")).toContainText(text);

      const notice = await mailTo("desk@dateline.test", { containing: text });
      expect(notice.subject).toMatch(/^Comment awaiting moderation on “/);

      const stranger = await browser.newPage();
      await stranger.goto(storyPath);
      await expect(stranger.getByText(text)).toHaveCount(0);
      await stranger.close();
    });

    test("a known commenter's comment is posted and reaches every reader through revalidation", async ({
      page,
      browser,
    }) => {
      await asNewVisitor(page);
      await page.goto(storyPath);
      const marker = unique("Approved at once");
      const text = `${marker}, with <b>markup</b> kept as text and https://example.com/source linked.`;
      const known = knownCommenters[`${javaScript}`];
      await fillReply(page, {
        comment: text,
        name: known.name,
        email: known.email,
        website: `example.com/${known.site}`,
      });
      await readingPause(page);
      await page.getByRole("button", { name: "Post Comment" }).click();
      await expect(page.locator("#respond").getByRole("status")).toContainText(
        "Your comment has been posted.",
      );

      const reader = await browser.newPage();
      await expect
        .poll(async () => (await reader.request.get(storyPath)).text(), {
          timeout: REVALIDATED_WITHIN_MS,
          intervals: [100, 200, 300],
        })
        .toContain(marker);
      await reader.goto(storyPath);
      const comment = reader.locator("#comments article").filter({ hasText: marker });
      await expect(comment).toContainText("<b>markup</b>");
      await expect(comment.locator("b")).toHaveCount(0);
      await expect(comment.getByRole("link", { name: "https://example.com/source" })).toHaveAttribute(
        "rel",
        "nofollow ugc noopener",
      );
      const author = comment.getByRole("link", { name: known.name, exact: true });
      await expect(author).toHaveAttribute("href", `https://example.com/${known.site}`);
      await expect(author).toHaveAttribute("rel", "nofollow ugc noopener");
      const permalink = comment.locator("header a").last();
      await expect(permalink).toHaveAttribute("href", new RegExp(`${storyPath}/comment/\\d+$`));
      const id = (await permalink.getAttribute("href"))!.split("/").at(-1);
      await permalink.click();
      await expect(reader).toHaveURL(new RegExp(`${storyPath}#comment-${id}$`));
      await expect(reader.locator(`#comment-${id}`)).toContainText(marker);
      await reader.close();
    });

    test("errors appear beside their fields and in a summary, and the form keeps what was typed", async ({
      page,
    }) => {
      await asNewVisitor(page);
      await page.goto(storyPath);
      await fillReply(page, {
        comment: "   ",
        name: "Kept Name",
        email: "not-an-email",
        website: "javascript:alert(1)",
      });
      await readingPause(page);
      expect(await postStatus(page, "Post Comment")).toBe(422);

      const summary = page.locator("#respond").getByRole("alert");
      await expect(summary).toContainText("There is a problem with your comment");
      await expect(summary.getByRole("link", { name: "Comment: Comment is required." })).toBeVisible();
      await expect(summary.getByRole("link", { name: /Email: Enter an email address/ })).toBeVisible();
      await expect(summary.getByRole("link", { name: /Website: Enter a web address/ })).toBeVisible();
      await expect(page.getByLabel("Email *", { exact: true })).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByLabel("Email *", { exact: true })).toHaveAccessibleDescription(
        /Enter an email address/,
      );
      await expect(page.getByLabel("Name *", { exact: true })).toHaveValue("Kept Name");
      await expect(page.getByLabel("Email *", { exact: true })).toHaveValue("not-an-email");

      // axe runs as a script in the page, so it checks the JavaScript run only.
      if (javaScript) {
        const axe = await new AxeBuilder({ page }).analyze();
        expect(axe.violations.map((v) => v.id)).toEqual([]);
      }
    });

    test("a second comment within 15 s is refused as flooding, a repeated one as a duplicate", async ({
      page,
    }) => {
      await asNewVisitor(page);
      await page.goto(storyPath);
      const email = `${unique("flood").replace(/\W/g, "")}@example.com`;
      const first = unique("First of two");
      await fillReply(page, { comment: first, name: "Quick Poster", email });
      await readingPause(page);
      expect(await postStatus(page, "Post Comment")).toBe(200);
      await expect(page.locator("#respond").getByRole("status")).toContainText(awaiting);

      await fillReply(page, { comment: unique("Second of two") });
      await readingPause(page);
      expect(await postStatus(page, "Post Comment")).toBe(429);
      await expect(page.locator("#respond").getByRole("alert")).toContainText(
        "You are posting comments too quickly. Slow down.",
      );

      await fillReply(page, { comment: first });
      await readingPause(page);
      expect(await postStatus(page, "Post Comment")).toBe(409);
      await expect(page.locator("#respond").getByRole("alert")).toContainText(
        "Duplicate comment detected; it looks as though you've already said that!",
      );
    });

    test("a closed story says so and offers no form", async ({ page }) => {
      await page.goto(closedPath);
      await expect(page.getByText("Comments are closed.")).toBeVisible();
      await expect(page.getByRole("button", { name: "Post Comment" })).toHaveCount(0);
    });

    test("Reply answers one comment, and Cancel reply goes back to the story", async ({ page }) => {
      await asNewVisitor(page);
      await page.goto(storyPath);
      const marta = page.locator("#comments article").filter({ hasText: "Ten minutes, twice" });
      await marta.getByRole("link", { name: "Reply to Marta (sample reader)" }).click();
      await expect(
        page.getByRole("heading", { name: "Leave a Reply to Marta (sample reader)" }),
      ).toBeVisible();
      if (!javaScript) await expect(page).toHaveURL(/\/reply\/\d+#respond$/);

      await page.getByRole("link", { name: "Cancel reply" }).click();
      await expect(page.getByRole("heading", { name: "Leave a Reply", exact: true })).toBeVisible();

      await marta.getByRole("link", { name: "Reply to Marta (sample reader)" }).click();
      const reply = unique("A reply to Marta");
      await fillReply(page, {
        comment: reply,
        name: "Replier",
        email: `${unique("replier").replace(/\W/g, "")}@example.com`,
      });
      await readingPause(page);
      await page.getByRole("button", { name: "Post Comment" }).click();
      await expect(page.locator("#respond").getByRole("status")).toContainText(awaiting);
      await expect(page.locator("#respond").getByRole("status")).toContainText(reply);
    });
  });
}

test("a long conversation pages by 50 threads, and permalinks find the page their comment is on", async ({
  page,
}) => {
  const longPath = "/business/cooperative-bakery-chain-shares-first-profit-with-staff";
  const ids = await withDatabase(async (db) => {
    const story = await db.article.findUniqueOrThrow({
      where: { slug: "cooperative-bakery-chain-shares-first-profit-with-staff" },
    });
    const created = [];
    for (let i = 0; i < 55; i++) {
      const email = `thread${i}@example.com`;
      const body = `Thread number ${i} of a long conversation.`;
      created.push(
        await db.comment.create({
          data: {
            articleId: story.id,
            authorName: `Reader ${i}`,
            authorEmail: email,
            body,
            status: "approved",
            moderationReason: "e2e",
            ip: "192.0.2.1",
            fingerprint: commentFingerprint(story.id, null, email, body),
            createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
          },
        }),
      );
    }
    return created.map((comment) => comment.id);
  });

  const response = await page.goto(`${longPath}/comments/2`);
  expect(response?.status()).toBe(200);
  await expect(page.getByText("Thread number 54 of a long conversation.")).toBeVisible();
  await expect(page.getByText("Thread number 0 of a long conversation.")).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Comment pages" })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  const last = ids.at(-1)!;
  await page.locator(`#comment-${last} header a`).last().click();
  await expect(page).toHaveURL(new RegExp(`${longPath}/comments/2#comment-${last}$`));
  expect(
    (await page.request.get(`${longPath}/comment/${ids[0]}`, { maxRedirects: 0 })).headers().location,
  ).toBe(`${longPath}#comment-${ids[0]}`);
  expect((await page.request.get(`${longPath}/comment/999999999`)).status()).toBe(404);
  expect((await page.request.get(`${storyPath}/comment/${last}`)).status()).toBe(404);
});

test("the story header links to its comments with their count", async ({ page }) => {
  await page.goto(storyPath);
  const link = page.locator("article header").getByRole("link", { name: /^\d+ comments?$/ });
  await expect(link).toHaveAttribute("href", "#comments");
  const count = Number((await link.textContent())?.match(/\d+/)?.[0]);
  await expect(
    page.getByRole("heading", { level: 2, name: `${count} comment${count === 1 ? "" : "s"}` }),
  ).toBeVisible();
});

test("with JavaScript, the form counts characters left and remembers the commenter when asked", async ({
  page,
}) => {
  await asNewVisitor(page);
  await page.goto(storyPath);
  await fillReply(page, { comment: "0123456789" });
  await expect(page.getByText("4,990 characters left")).toBeVisible();
  await fillReply(page, {
    comment: unique("Remember me"),
    name: "Rem Ember",
    email: `${unique("rem").replace(/\W/g, "")}@example.com`,
  });
  await page
    .getByLabel("Save my name, email, and website in this browser for the next time I comment.")
    .check();
  await readingPause(page);
  await page.getByRole("button", { name: "Post Comment" }).click();
  await expect(page.locator("#respond").getByRole("status")).toBeVisible();
  await expect(page.locator("#respond").getByRole("status")).toBeFocused();
  // Still ticked for the next comment, so that one does not forget the details.
  await expect(
    page.getByLabel("Save my name, email, and website in this browser for the next time I comment."),
  ).toBeChecked();
  await page.reload();
  await expect(page.getByLabel("Name *", { exact: true })).toHaveValue("Rem Ember");
});

test("a post over 1 MB gets a 4xx, never a 5xx, and stores nothing", async ({ page }) => {
  await asNewVisitor(page);
  await page.goto(storyPath);
  const huge = unique("huge") + "x".repeat(1_100_000);
  await page.getByLabel("Comment *", { exact: true }).evaluate((el, value) => {
    el.removeAttribute("maxlength");
    (el as HTMLTextAreaElement).value = value;
  }, huge);
  await fillReply(page, { name: "Huge", email: "huge@example.com" });
  await readingPause(page);
  const response = page.waitForResponse((r) => r.request().method() === "POST");
  await page.getByRole("button", { name: "Post Comment" }).click();
  const status = (await response).status();
  expect(status).toBe(413);
  await page.goto(storyPath);
  await expect(page.getByText(huge.slice(0, 30))).toHaveCount(0);
});
