import { expect, test } from "@playwright/test";

const storyPath = "/world/no-progress-as-kerry-lavrov-meet-on-syria-us";

for (const width of [320, 768, 1440]) {
  test(`the story page fits a ${width}px screen without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(storyPath);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    // A readable measure: body lines stay under about 75 characters even on wide screens.
    const measure = await page
      .locator("article p")
      .nth(3)
      .evaluate((p) => p.getBoundingClientRect().width);
    expect(measure).toBeLessThanOrEqual(700);
  });
}

test("printing leaves out navigation and keeps the story", async ({ page }) => {
  await page.goto(storyPath);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Sections" })).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
  await expect(page.getByRole("button", { name: "Post Comment" })).toBeHidden();
  await expect(page.locator("h1")).toBeVisible();
  await expect(page.locator("article p").first()).toBeVisible();
});

test("dark mode follows the system setting", async ({ page }) => {
  const background = async () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(storyPath);
  const light = await background();
  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await background();
  expect(light).not.toBe(dark);
  const luminance = (rgb: string) =>
    (rgb.match(/\d+/g) ?? []).slice(0, 3).reduce((sum, v) => sum + Number(v), 0);
  expect(luminance(dark)).toBeLessThan(luminance(light));
});

test("the skip link leads keyboard users to the content", async ({ page }) => {
  await page.goto(storyPath);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
});
