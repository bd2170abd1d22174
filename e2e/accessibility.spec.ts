import { expect, test, type Page } from "@playwright/test";
import { asNewVisitor, axeViolations, signIn } from "./helpers";

const pageTypes = {
  "front page": "/",
  "section page": "/science",
  "story page": "/world/no-progress-as-kerry-lavrov-meet-on-syria-us",
  "story page with Markdown and byline": "/science/students-find-moss-growing-under-retreating-glacier",
  "story comments newest first": "/world/no-progress-as-kerry-lavrov-meet-on-syria-us/comments/newest",
  "reply page (Reply without JavaScript)": "/world/no-progress-as-kerry-lavrov-meet-on-syria-us/reply/1",
  "story page with comments closed": "/world/river-ferry-returns-after-summer-of-low-water",
  "not-found page": "/world/no-such-story",
  "tag page": "/tag/syria",
  "agency page": "/agency/afp",
  "byline page": "/byline/mara-lindqvist",
  "search results page": "/search?q=kerry+lavrov",
  "empty search page": "/search",
  "report page (Report this comment)": "/world/no-progress-as-kerry-lavrov-meet-on-syria-us/report/1",
  "about page": "/about",
  "contact page": "/contact",
  "privacy page": "/privacy",
  "corrections page": "/corrections",
};

/** axe in light and then dark mode on the page as loaded (colours are the one thing that differ). */
async function expectNoViolationsInEitherScheme(page: Page) {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page), colorScheme).toEqual([]);
  }
}

for (const [name, path] of Object.entries(pageTypes)) {
  test(`the ${name} has no axe violations, light or dark`, async ({ page }) => {
    // The page itself, not a 404 in its place (an id that moved would check the wrong page).
    expect((await page.goto(path))?.status()).toBe(name === "not-found page" ? 404 : 200);
    await expectNoViolationsInEitherScheme(page);
  });
}

// Newsroom pages, each as the weakest role that may open it (and the 403 page as a moderator).
const newsroomPages: Record<string, { path: string; as: "admin" | "editor" | "moderator" | null }> = {
  "sign-in page": { path: "/admin", as: null },
  dashboard: { path: "/admin", as: "moderator" },
  "comment queue": { path: "/admin/comments?status=approved", as: "moderator" },
  "comment page": { path: "/admin/comments/1", as: "moderator" },
  "not-allowed page": { path: "/admin/stories", as: "moderator" },
  "story list": { path: "/admin/stories", as: "editor" },
  "new story editor": { path: "/admin/stories/new", as: "editor" },
  "story editor": { path: "/admin/stories/1", as: "editor" },
  "story history": { path: "/admin/stories/1/history", as: "editor" },
  outbox: { path: "/admin/outbox", as: "editor" },
  settings: { path: "/admin/settings", as: "admin" },
  "site pages list": { path: "/admin/pages", as: "admin" },
  "site page editor": { path: "/admin/pages/contact", as: "admin" },
  "privacy requests": { path: "/admin/privacy", as: "admin" },
  "audit log": { path: "/admin/audit", as: "admin" },
  "staff page": { path: "/admin/staff", as: "admin" },
  "forgot password page": { path: "/admin/forgot-password", as: null },
  "spent reset link page": { path: `/admin/reset-password/${"x".repeat(24)}`, as: null },
  "spent invitation page": { path: `/admin/invitation/${"x".repeat(43)}`, as: null },
};

for (const [name, { path, as }] of Object.entries(newsroomPages)) {
  test(`the newsroom ${name} has no axe violations, light or dark`, async ({ page }) => {
    await asNewVisitor(page);
    if (as) await signIn(page, as);
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoViolationsInEitherScheme(page);
  });
}
