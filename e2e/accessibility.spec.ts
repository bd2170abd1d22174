import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const pageTypes = {
  "front page": "/",
  "section page": "/science",
  "story page": "/world/no-progress-as-kerry-lavrov-meet-on-syria-us",
  "story page with Markdown and byline": "/science/students-find-moss-growing-under-retreating-glacier",
  "reply page (Reply without JavaScript)": "/world/no-progress-as-kerry-lavrov-meet-on-syria-us/reply/1",
  "story page with comments closed": "/world/river-ferry-returns-after-summer-of-low-water",
  "not-found page": "/world/no-such-story",
};

for (const [name, path] of Object.entries(pageTypes)) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`the ${name} has no axe violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
        .analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
      ).toEqual([]);
    });
  }
}
