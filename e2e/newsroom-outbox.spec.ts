import { expect, test } from "@playwright/test";
import { asNewVisitor, axeViolations, readingPause, signIn, unique } from "./helpers";

const storyPath = "/world/no-progress-as-kerry-lavrov-meet-on-syria-us";

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
