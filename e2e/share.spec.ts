import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import {
  asNewVisitor,
  expectOneRecipient,
  mailTo,
  postStatus,
  readingPause,
  unique,
  uniqueAddress,
} from "./helpers";

const storyPath = "/world/no-progress-as-kerry-lavrov-meet-on-syria-us";
const headline = "‘No progress’ as Kerry, Lavrov meet on Syria: US";

async function fillShare(
  page: Page,
  fields: { recipient?: string; name?: string; email?: string; message?: string },
) {
  if (fields.recipient !== undefined) await page.getByLabel("Recipient email").fill(fields.recipient);
  if (fields.name !== undefined) await page.getByLabel("Your name").fill(fields.name);
  if (fields.email !== undefined) await page.getByLabel("Your email").fill(fields.email);
  if (fields.message !== undefined)
    await page.getByLabel("Your message", { exact: true }).fill(fields.message);
}

test("with JavaScript: the dialog sends the story, and the friend receives one email with a working link", async ({
  page,
  request,
}) => {
  await asNewVisitor(page);
  await page.goto(storyPath);
  await page.getByRole("link", { name: "Send this to a friend" }).click();
  const dialog = page.getByRole("dialog", { name: "Send this to a friend" });
  await expect(dialog).toBeVisible();

  const friend = uniqueAddress("friend");
  await fillShare(page, {
    recipient: friend,
    name: "Ada Lovelace",
    email: "ada@example.com",
    message: "Thought of you.",
  });
  await expect(dialog.getByText(`Subject: Ada Lovelace sent you: ${headline}`)).toBeVisible();
  await expect(dialog.getByRole("blockquote")).toHaveText("Thought of you.");
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await readingPause(page, dialog);
  await dialog.getByRole("button", { name: "Send" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status")).toHaveText(`Message sent! We are emailing the story to ${friend}.`);

  const mail = await mailTo(friend);
  expect(mail.subject).toBe(`Ada Lovelace sent you: ${headline}`);
  expect(mail.from?.text).toContain("news@dateline.test");
  expect(mail.replyTo?.text).toBe("ada@example.com");
  expectOneRecipient(mail, friend);
  expect(mail.messageId).toMatch(/^<share\.\d+\.[0-9a-f]+@/);
  expect(mail.text).toContain("Hamburg / AFP");
  expect(mail.text).toContain("> Thought of you.");
  expect(mail.html).toContain("Ada Lovelace wrote:");
  const link = mail.text?.match(/Read the story: (\S+)/)?.[1];
  expect(link).toMatch(new RegExp(`${storyPath}$`));
  expect((await request.get(link!)).status()).toBe(200);
});

test("with JavaScript: Cancel closes the dialog, and the other ways to share are offered", async ({
  page,
}) => {
  await page.goto(storyPath);
  await page.getByRole("link", { name: "Send this to a friend" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(page.getByRole("link", { name: "Email it yourself" })).toHaveAttribute(
    "href",
    /^mailto:\?subject=.+&body=.+/,
  );
  await expect(page.getByRole("button", { name: "Copy link" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the link opens a share page that sends the story and links back", async ({ page }) => {
    await asNewVisitor(page);
    await page.goto(storyPath);
    await expect(page.getByRole("button", { name: "Copy link" })).toHaveCount(0);
    await page.getByRole("link", { name: "Send this to a friend" }).click();
    await expect(page).toHaveURL(`${storyPath}/share`);
    await expect(page.getByRole("heading", { level: 1, name: "Send this to a friend" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Email it yourself" })).toHaveAttribute(
      "href",
      /^mailto:\?subject=.+&body=.+no-progress-as-kerry-lavrov-meet-on-syria-us$/,
    );

    const friend = uniqueAddress("nojs");
    await fillShare(page, { recipient: friend, name: "Bo", email: "bo@example.com" });
    await readingPause(page);
    await page.getByRole("button", { name: "Send" }).click();
    await expect(page.getByRole("status")).toHaveText(
      `Message sent! We are emailing the story to ${friend}.`,
    );
    await expect(page.getByRole("link", { name: `Back to the story: ${headline}` })).toBeVisible();
    const mail = await mailTo(friend);
    expect(mail.subject).toBe(`Bo sent you: ${headline}`);
    expectOneRecipient(mail, friend);
    const link = mail.text?.match(/Read the story: (\S+)/)?.[1];
    expect(link).toMatch(new RegExp(`${storyPath}$`));
    await page.goto(link!);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(headline);
  });

  test("errors are shown beside the fields and in a summary, keeping what was typed", async ({ page }) => {
    await asNewVisitor(page);
    await page.goto(`${storyPath}/share`);
    await fillShare(page, {
      recipient: "friend@example.com\nBcc: all@example.com",
      name: "Visit www.spam.example",
      email: "",
    });
    await readingPause(page);
    await page.getByRole("button", { name: "Send" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem with your message" });
    await expect(
      summary.getByRole("link", { name: /^Recipient email: Enter one email address/ }),
    ).toBeVisible();
    await expect(
      summary.getByRole("link", { name: "Your name: Your name cannot contain web or email addresses." }),
    ).toBeVisible();
    await expect(summary.getByRole("link", { name: "Your email: Your email is required." })).toBeVisible();
    await expect(page.getByLabel("Your name")).toHaveValue("Visit www.spam.example");
  });
});

test("the share page has no axe violations", async ({ page }) => {
  await page.goto(`${storyPath}/share`);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test("a recipient gets at most three shares a day", async ({ page }) => {
  const friend = uniqueAddress("popular");
  const outcomes: string[] = [];
  const statuses: number[] = [];
  for (let i = 0; i < 4; i++) {
    await asNewVisitor(page);
    await page.goto(`${storyPath}/share`);
    await fillShare(page, { recipient: friend, name: `Sender ${i}`, email: `sender${i}@example.com` });
    await readingPause(page);
    statuses.push(await postStatus(page, "Send"));
    await expect(
      page.getByRole("status").or(page.getByRole("alert").filter({ hasText: "problem" })),
    ).toBeVisible();
    outcomes.push(
      (await page.getByRole("status").count()) > 0
        ? "sent"
        : await page.getByRole("alert").filter({ hasText: "problem" }).innerText(),
    );
  }
  expect(outcomes.slice(0, 3)).toEqual(["sent", "sent", "sent"]);
  expect(outcomes[3]).toContain("You have sent too many messages. Please try again later.");
  expect(statuses).toEqual([200, 200, 200, 429]);
});

test("the link in the email blocks every future share to that address", async ({ page }) => {
  const friend = uniqueAddress("blocker");
  await asNewVisitor(page);
  await page.goto(`${storyPath}/share`);
  await fillShare(page, { recipient: friend, name: "Cy", email: "cy@example.com" });
  await readingPause(page);
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("status")).toBeVisible();

  const mail = await mailTo(friend);
  const blockUrl = mail.text?.match(/again: (\S+)/)?.[1];
  expect(blockUrl).toMatch(/\/share\/block\/[\w-]+$/);
  await page.goto(blockUrl!);
  await expect(page.getByRole("heading", { level: 1, name: "Stop receiving shared stories" })).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  // A token not ours (made up, or absurdly long) is refused with a sentence and blocks nobody.
  for (const token of ["madeUpToken123", "x".repeat(5000)]) {
    await page.locator('input[name="token"]').evaluate((input, v) => input.setAttribute("value", v), token);
    expect(await postStatus(page, "Never send me shared stories")).toBe(404);
    await expect(
      page.getByText("This link is not one we sent. Please use the link in the email."),
    ).toBeVisible();
    await page.reload();
  }
  await page.getByRole("button", { name: "Never send me shared stories" }).click();
  await expect(page.getByRole("status")).toContainText("Done.");

  await asNewVisitor(page);
  await page.goto(`${storyPath}/share`);
  await fillShare(page, { recipient: friend, name: "Cy", email: "cy@example.com", message: unique("again") });
  await readingPause(page);
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "problem" })).toContainText(
    "This address has asked not to receive shared stories.",
  );
});
