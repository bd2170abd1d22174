import { expect, test, type Page } from "@playwright/test";
import {
  asNewVisitor,
  axeViolations,
  expectOneRecipient,
  fillReply,
  mailTo,
  readingPause,
  signIn,
  unique,
  uniqueAddress,
} from "./helpers";

const storyPath = "/world/no-progress-as-kerry-lavrov-meet-on-syria-us";

/** Posts a comment (or a reply, from the no-JavaScript reply page) and returns its id from the preview. */
async function post(
  page: Page,
  path: string,
  fields: { comment: string; name: string; email: string },
  notify: boolean,
) {
  await asNewVisitor(page);
  await page.goto(path);
  await fillReply(page, fields);
  if (notify) await page.getByLabel("Email me when someone replies to this comment.").check();
  await readingPause(page);
  await page.getByRole("button", { name: "Post Comment" }).click();
  const preview = page.locator("#respond").getByRole("status");
  await expect(preview).toContainText("awaiting moderation");
  return {
    preview,
    id: Number((await preview.locator("article").getAttribute("id"))!.replace("comment-", "")),
  };
}

async function approve(moderator: Page, author: string) {
  await moderator.goto("/admin/comments");
  await moderator
    .getByRole("article", { name: author })
    .getByRole("button", { name: `Approve the comment by ${author}` })
    .click();
  await expect(moderator.getByRole("status")).toHaveText("1 comment approved.");
}

/** The path of a link in an email's text. */
const linkIn = (text: string, pattern: RegExp) => new URL(text.match(pattern)![0]).pathname;

test.describe("reply emails, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a commenter asks for replies, confirms, is emailed a reply once approved, and stops the emails", async ({
    page,
    browser,
  }) => {
    test.slow(); // three posts, two moderator visits and four emails on a two-core machine
    // axe runs in the page's JavaScript: the same address in a browser that has it (a GET changes nothing).
    const axeAt = async (path: string) => {
      const context = await browser.newContext({ javaScriptEnabled: true });
      const checker = await context.newPage();
      await checker.goto(path);
      expect(await axeViolations(checker)).toEqual([]);
      await context.close();
    };
    const ann = { name: unique("Ann"), email: uniqueAddress("ann"), comment: unique("Ferries matter") };
    const { preview, id } = await post(page, storyPath, ann, true);
    await expect(preview).toContainText(
      "If this address has not confirmed reply emails before, look for our email",
    );

    const confirmation = await mailTo(ann.email, { containing: "/replies/confirm/" });
    expectOneRecipient(confirmation, ann.email);
    expect(confirmation.subject).toBe("Confirm reply emails from Dateline");
    const confirmPath = linkIn(confirmation.text!, /https?:\/\/\S+\/replies\/confirm\/[\w-]+/);
    await page.goto(confirmPath);
    await expect(page.getByRole("heading", { name: "Confirm reply emails" })).toBeVisible();
    await axeAt(confirmPath);
    await page.getByRole("button", { name: "Yes, email me replies" }).click();
    // Without JavaScript the post answers with the page itself, which now finds the address confirmed.
    await expect(page.getByRole("status")).toContainText("is emailed replies to the comments it asked for");
    // The link again: already confirmed, no button.
    await page.goto(confirmPath);
    await expect(page.getByRole("status")).toContainText("is emailed replies");

    // The moderator in a browser of their own: the readers' pages stay signed out.
    const moderator = await (await browser.newContext()).newPage();
    await asNewVisitor(moderator);
    await signIn(moderator, "moderator", "/admin/comments");
    await approve(moderator, ann.name);
    const bob = {
      name: unique("Bob"),
      email: uniqueAddress("bob"),
      comment: unique("They do, and here is why"),
    };
    const reply = await post(page, `${storyPath}/reply/${id}`, bob, false);
    await approve(moderator, bob.name);

    const notice = await mailTo(ann.email, { containing: bob.comment });
    expectOneRecipient(notice, ann.email);
    expect(notice.subject).toBe(
      `${bob.name} replied to your comment on “‘No progress’ as Kerry, Lavrov meet on Syria: US”`,
    );
    expect(notice.text).toContain(`${storyPath}/comment/${reply.id}`);
    // Bob did not ask: his own address gets no confirmation.
    await expect(mailTo(bob.email, { timeout: 2_000 })).rejects.toThrow();

    const stopPath = linkIn(notice.text!, /https?:\/\/\S+\/replies\/stop\/[\w-]+/);
    await page.goto(stopPath);
    await expect(page.getByRole("heading", { name: "Stop reply emails" })).toBeVisible();
    await axeAt(stopPath);
    await page.getByRole("button", { name: "Stop reply emails" }).click();
    await expect(page.getByRole("status")).toContainText("gets no reply emails from Dateline");
  });

  test("a link we did not send is a 404", async ({ page }) => {
    for (const path of [
      "/replies/confirm/" + "x".repeat(32),
      "/replies/stop/nope",
      "/replies/other/" + "x".repeat(32),
    ]) {
      expect((await page.goto(path))?.status(), path).toBe(404);
    }
  });
});
