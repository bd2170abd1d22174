import { expect, test, type Browser, type Page } from "@playwright/test";
import {
  asNewVisitor,
  axeViolations,
  fillReply,
  postStatus,
  problems,
  readingPause,
  signIn,
  unique,
  uniqueAddress,
  withDatabase,
  REVALIDATED_WITHIN_MS,
} from "./helpers";
import { e2eStaff } from "./staff";

const storyPath = "/world/no-progress-as-kerry-lavrov-meet-on-syria-us";

test.describe("signing in", () => {
  test("signed out, /admin is the sign-in; signing in and out works with a safe session cookie", async ({
    page,
    context,
  }) => {
    await asNewVisitor(page);
    await page.goto("/admin/comments");
    await expect(page).toHaveURL(/\/admin\?next=%2Fadmin%2Fcomments$/);
    await expect(page.getByRole("heading", { level: 1, name: "Sign in to the newsroom" })).toBeVisible();

    await page.getByLabel("Email", { exact: true }).fill(e2eStaff.moderator.email);
    await page.getByLabel("Password", { exact: true }).fill(e2eStaff.moderator.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    // Back to the page that was asked for.
    await expect(page).toHaveURL(/\/admin\/comments$/);
    await expect(page.getByRole("heading", { level: 1, name: "Comments" })).toBeVisible();

    const session = (await context.cookies()).find((cookie) => cookie.name.endsWith("session_token"));
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: true });

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Sign in to the newsroom" })).toBeVisible();
    await page.goto("/admin/comments");
    await expect(page).toHaveURL(/\/admin\?next=/);
  });

  test("a wrong password is refused with one message, keeping the email", async ({ page }) => {
    await asNewVisitor(page);
    await page.goto("/admin");
    await page.getByLabel("Email", { exact: true }).fill(e2eStaff.editor.email);
    await page.getByLabel("Password", { exact: true }).fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(problems(page)).toContainText("Invalid email or password.");
    await expect(page.getByLabel("Email", { exact: true })).toHaveValue(e2eStaff.editor.email);
    await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");

    // An unknown account gets the same answer.
    await page.getByLabel("Email", { exact: true }).fill("nobody@dateline.test");
    await page.getByLabel("Password", { exact: true }).fill("whatever it is");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(problems(page)).toContainText("Invalid email or password.");
  });

  test("repeated failures are slowed, then the account is locked even for the right password", async ({
    page,
  }) => {
    await asNewVisitor(page);
    await page.goto("/admin");
    const attempt = async (password: string) => {
      await page.getByLabel("Email", { exact: true }).fill(e2eStaff.lockable.email);
      await page.getByLabel("Password", { exact: true }).fill(password);
      const started = Date.now();
      const status = await postStatus(page, "Sign in");
      await expect(problems(page)).toBeVisible();
      const text = await problems(page).innerText();
      await page.getByLabel("Password", { exact: true }).fill("");
      return { text, status, ms: Date.now() - started };
    };
    const answers = [];
    for (let n = 1; n <= 5; n++) {
      // The alert of the previous answer must go before the next is awaited.
      if (n > 1) await page.reload();
      answers.push(await attempt(`wrong password ${n}`));
    }
    expect(answers.every((answer) => answer.text.includes("Invalid email or password."))).toBe(true);
    // The fifth failure is held back 3 s by the server; a slow machine only makes it longer.
    expect(answers[4]!.ms).toBeGreaterThanOrEqual(3_000);

    await page.reload();
    const locked = await attempt(e2eStaff.lockable.password);
    expect(locked.text).toContain("Too many failed sign-in attempts. Please wait 15 minutes and try again.");
    expect(answers.map((answer) => answer.status)).toEqual([400, 400, 400, 400, 400]);
    expect(locked.status).toBe(429);
  });

  test("a moderator sees only the comment areas; other areas answer 403", async ({ page }) => {
    await asNewVisitor(page);
    await signIn(page, "moderator");
    const nav = page.getByRole("navigation", { name: "Newsroom" });
    await expect(nav.getByRole("link", { name: "Comments" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Stories" })).toHaveCount(0);
    for (const path of ["/admin/stories", "/admin/stories/new", "/admin/outbox", "/admin/settings"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { level: 1, name: "Not allowed" })).toBeVisible();
    }
  });

  test("the sign-in and the moderation queue work by keyboard alone", async ({ page }) => {
    await asNewVisitor(page);
    await page.goto("/admin");
    await page.keyboard.press("Tab"); // skip link
    await page.keyboard.press("Tab"); // site name
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("Email", { exact: true })).toBeFocused();
    await page.keyboard.type(e2eStaff.moderator.email);
    await page.keyboard.press("Tab");
    await page.keyboard.type(e2eStaff.moderator.password);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    await page.getByRole("navigation", { name: "Newsroom" }).getByRole("link", { name: "Comments" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Comments" })).toBeVisible();
    await page.getByRole("link", { name: /^Approved \(\d+\)$/ }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("link", { name: /^Approved/ })).toHaveAttribute("aria-current", "page");
  });
});

/** A first-time commenter's comment, which the default rules hold for moderation. */
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

async function readerSees(browser: Browser, path: string, text: string | RegExp) {
  const reader = await browser.newPage();
  await expect(async () => {
    await reader.goto(path);
    await expect(reader.getByText(text).first()).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: REVALIDATED_WITHIN_MS, intervals: [250] });
  await reader.close();
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
});

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
    await page.getByRole("button", { name: "Save draft" }).click();
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

test.describe("the outbox", () => {
  test("shows what was sent and what failed, with the SMTP answer, and retries a failed email", async ({
    page,
    browser,
  }) => {
    test.slow();
    const reader = await browser.newPage();
    await asNewVisitor(reader);
    await reader.goto(`${storyPath}/share`);
    const refused = `${unique("nobody").replace(/\W/g, "").toLowerCase()}@refused.test`;
    await reader.getByLabel("Recipient email").fill(refused);
    await reader.getByLabel("Your name").fill("Outbox Tester");
    await reader.getByLabel("Your email").fill("outbox@example.com");
    await readingPause(reader);
    await reader.getByRole("button", { name: "Send" }).click();
    await expect(reader.getByRole("status")).toContainText("Message sent!");
    await reader.close();

    await asNewVisitor(page);
    await signIn(page, "editor", "/admin/outbox?status=failed");
    const row = page.getByRole("row", { name: new RegExp(refused) });
    await expect(async () => {
      await page.reload();
      await expect(row).toBeVisible({ timeout: 500 });
    }).toPass({ timeout: 30_000, intervals: [500] });
    await expect(row).toContainText("550");
    await row.getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Outbox Tester sent you: /);
    await expect(page.locator("pre")).toContainText(storyPath);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Retry" }).click();
    await expect(page.getByRole("status")).toHaveText(
      "The email is queued again; the delivery worker sends it shortly.",
    );
    // The refusal is permanent, so the retry fails again, with the answer on record.
    await expect(async () => {
      await page.reload();
      await expect(page.getByText("failed", { exact: true })).toBeVisible({ timeout: 500 });
    }).toPass({ timeout: 30_000, intervals: [500] });
  });
});
