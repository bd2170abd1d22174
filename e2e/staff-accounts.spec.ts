import { expect, test, type Browser, type Page } from "@playwright/test";
import {
  asNewVisitor,
  axeViolations,
  expectOneRecipient,
  mailTo,
  problems,
  signIn,
  unique,
  uniqueAddress,
} from "./helpers";
import { e2eStaff } from "./staff";

/** The path of the link in an email's text. */
const linkIn = (text: string, pattern: RegExp) => new URL(text.match(pattern)![0]).pathname;

/** A browser of one person's own: its own cookies and its own address for the limits. */
async function person(browser: Browser, javaScriptEnabled = true) {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await asNewVisitor(page);
  return { context, page };
}

async function signInWith(page: Page, email: string, password: string) {
  await page.goto("/admin");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** axe runs in the page's JavaScript: the same address in a browser that has it (a GET changes nothing). */
async function expectNoAxeViolations(browser: Browser, path: string) {
  const { context, page } = await person(browser);
  await page.goto(path);
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
}

const sentAnswer = "If that address belongs to a newsroom account, we have emailed a link";

test.describe("newsroom accounts", () => {
  test("forgot password, without JavaScript: the emailed link sets a new password once and signs out every session", async ({
    browser,
  }) => {
    test.slow(); // three browsers, argon2 hashes and an email on a two-core machine
    const { email, password } = e2eStaff.forgetful;
    const elsewhere = await person(browser);
    await signInWith(elsewhere.page, email, password);
    await expect(elsewhere.page.getByRole("button", { name: "Sign out" })).toBeVisible();

    const { context, page } = await person(browser, false);
    await page.goto("/admin");
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Forgot your password?" })).toBeVisible();
    // An address that is no account gets the very same answer.
    await page.getByLabel("Email", { exact: true }).fill("nobody-here@dateline.test");
    await page.getByRole("button", { name: "Email me a link" }).click();
    await expect(page.getByRole("status")).toContainText(sentAnswer);
    await page.getByLabel("Email", { exact: true }).fill(email.toUpperCase());
    await page.getByRole("button", { name: "Email me a link" }).click();
    await expect(page.getByRole("status")).toContainText(sentAnswer);

    const mail = await mailTo(email, { containing: "/admin/reset-password/" });
    expectOneRecipient(mail, email);
    expect(mail.subject).toBe("Reset your Dateline newsroom password");
    const resetPath = linkIn(mail.text!, /https?:\/\/\S+\/admin\/reset-password\/[A-Za-z0-9]+/);
    await expectNoAxeViolations(browser, resetPath);

    await page.goto(resetPath);
    await expect(page.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
    const fresh = "a fresh forgetful password";
    await page.getByLabel("New password", { exact: true }).fill(fresh);
    await page.getByLabel("New password again").fill("not the same password");
    await page.getByRole("button", { name: "Save the new password" }).click();
    await expect(problems(page)).toContainText("The two passwords are not the same.");
    await page.getByLabel("New password", { exact: true }).fill(fresh);
    await page.getByLabel("New password again").fill(fresh);
    await page.getByRole("button", { name: "Save the new password" }).click();
    await expect(page.getByRole("status")).toContainText("Your password has been changed");

    // The other browser is signed out at once.
    await elsewhere.page.goto("/admin/stories");
    await expect(
      elsewhere.page.getByRole("heading", { level: 1, name: "Sign in to the newsroom" }),
    ).toBeVisible();
    // The old password no longer works; the new one does.
    await signInWith(page, email, password);
    await expect(problems(page)).toContainText("Invalid email or password.");
    await signInWith(page, email, fresh);
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    // The link worked once.
    await page.goto(resetPath);
    await expect(page.getByRole("heading", { level: 1, name: "This link no longer works" })).toBeVisible();
    await context.close();
    await elsewhere.context.close();
  });

  test("an admin invites, changes the role, disables and enables; the invitee feels each at once", async ({
    browser,
  }) => {
    test.slow();
    const admin = await person(browser);
    await signIn(admin.page, "admin", "/admin/staff");
    await expect(admin.page.getByRole("heading", { level: 1, name: "Staff" })).toBeVisible();
    const name = unique("Ines Invited");
    const email = uniqueAddress("ines").toLowerCase();

    await admin.page.getByLabel("Name", { exact: true }).fill(name);
    await admin.page.getByLabel("Email", { exact: true }).fill(email);
    await admin.page.getByLabel("Role", { exact: true }).selectOption("editor");
    await admin.page.getByRole("button", { name: "Send invitation" }).click();
    await expect(admin.page.getByRole("status")).toContainText(`Invitation emailed to ${email}`);
    const row = admin.page.getByRole("row").filter({ hasText: name });
    await expect(row).toContainText("Invited");
    // The same address again is refused, saying why, and keeping what was typed.
    await admin.page.getByLabel("Name", { exact: true }).fill("Someone Else");
    await admin.page.getByLabel("Email", { exact: true }).fill(email.toUpperCase());
    await admin.page.getByRole("button", { name: "Send invitation" }).click();
    await expect(problems(admin.page)).toContainText("Someone in the newsroom already has this address");
    await expect(admin.page.getByLabel("Name", { exact: true })).toHaveValue("Someone Else");

    const mail = await mailTo(email, { containing: "/admin/invitation/" });
    expectOneRecipient(mail, email);
    expect(mail.subject).toBe("You are invited to the Dateline newsroom");
    const invitationPath = linkIn(mail.text!, /https?:\/\/\S+\/admin\/invitation\/[\w-]+/);
    await expectNoAxeViolations(browser, invitationPath);

    // The invitee's browser works without JavaScript.
    const invitee = await person(browser, false);
    await invitee.page.goto(invitationPath);
    await expect(
      invitee.page.getByRole("heading", { level: 1, name: "Join the Dateline newsroom" }),
    ).toBeVisible();
    const password = "ines chose this password";
    await invitee.page.getByLabel("New password", { exact: true }).fill("short");
    await invitee.page.getByLabel("New password again").fill("short");
    await invitee.page.getByRole("button", { name: "Accept and sign in" }).click();
    await expect(problems(invitee.page)).toContainText("Choose a password of at least 12 characters.");
    await invitee.page.getByLabel("New password", { exact: true }).fill(password);
    await invitee.page.getByLabel("New password again").fill(password);
    await invitee.page.getByRole("button", { name: "Accept and sign in" }).click();
    await expect(invitee.page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expect(invitee.page.getByRole("banner")).toContainText(`${name} (editor)`);
    await invitee.page.goto("/admin/stories");
    await expect(invitee.page.getByRole("heading", { level: 1, name: "Stories" })).toBeVisible();
    await invitee.page.goto(invitationPath);
    await expect(
      invitee.page.getByRole("heading", { level: 1, name: "This invitation no longer works" }),
    ).toBeVisible();

    // Moderator now: the next page already knows.
    await admin.page.goto("/admin/staff");
    await expect(row).toContainText("Active");
    await admin.page.getByLabel(`Role of ${name}`, { exact: true }).selectOption("moderator");
    await admin.page.getByRole("button", { name: `Change the role of ${name}` }).click();
    await expect(admin.page.getByRole("status")).toHaveText("Role changed. It applies from their next page.");
    // Without JavaScript Next shows its 403 page only as data for the client, so the status is read.
    expect((await invitee.page.goto("/admin/stories"))?.status()).toBe(403);

    // Disabled: the open session ends and the right password no longer signs in.
    await admin.page.getByRole("button", { name: `Disable ${name}` }).click();
    await expect(admin.page.getByRole("status")).toContainText("Account disabled.");
    await expect(row).toContainText("Disabled");
    await invitee.page.goto("/admin/comments");
    await expect(
      invitee.page.getByRole("heading", { level: 1, name: "Sign in to the newsroom" }),
    ).toBeVisible();
    await signInWith(invitee.page, email, password);
    await expect(problems(invitee.page)).toContainText("This account has been disabled.");
    // Nor can it ask for a reset link: the answer is the same, and no email comes.
    await invitee.page.goto("/admin/forgot-password");
    await invitee.page.getByLabel("Email", { exact: true }).fill(email);
    await invitee.page.getByRole("button", { name: "Email me a link" }).click();
    await expect(invitee.page.getByRole("status")).toContainText(sentAnswer);

    await admin.page.getByRole("button", { name: `Enable ${name}` }).click();
    await expect(admin.page.getByRole("status")).toContainText("Account enabled.");
    await signInWith(invitee.page, email, password);
    await expect(invitee.page.getByRole("banner")).toContainText(`${name} (moderator)`);
    await expect(mailTo(email, { containing: "/admin/reset-password/", timeout: 2_000 })).rejects.toThrow();

    // The last admin cannot disable themselves, and is told why.
    await admin.page
      .getByRole("button", { name: `Disable ${e2eStaff.admin.email.split("@")[0]}`, exact: true })
      .click();
    await expect(problems(admin.page)).toContainText("This is the last active admin");
    await admin.context.close();
    await invitee.context.close();
  });

  test("only admins reach the staff page", async ({ page }) => {
    await asNewVisitor(page);
    await signIn(page, "editor");
    await expect(page.getByRole("link", { name: "Staff" })).toHaveCount(0);
    await page.goto("/admin/staff");
    await expect(page.getByRole("heading", { level: 1, name: "Not allowed" })).toBeVisible();
  });
});
