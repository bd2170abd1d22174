import { expect, test } from "@playwright/test";
import { asNewVisitor, postStatus, problems, signIn } from "./helpers";
import { e2eStaff } from "./staff";

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
