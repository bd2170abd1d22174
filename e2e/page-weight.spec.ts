import { expect, test } from "@playwright/test";
import { encodedBytes, ownScripts, routeScripts } from "../lib/testing/route-scripts";

// What reader pages cost a phone, from the build the suite runs against (docs/adr/0012).
const distDir = process.env.DATELINE_DIST_DIR ?? ".next";
const OWN_JS_BUDGET = 15 * 1024;
const storyPath = "/world/no-progress-as-kerry-lavrov-meet-on-syria-us";
const storyRoute = "/(site)/[section]/[slug]/page";

const readerRoutes = [
  storyRoute,
  "/(site)/[section]/[slug]/comments/[page]/page",
  "/(site)/[section]/[slug]/reply/[commentId]/page",
  "/(site)/[section]/[slug]/share/page",
  "/(site)/_front/[edition]/page",
  "/(site)/[section]/page",
  "/(site)/[section]/before/[story]/page",
  "/(site)/tag/[slug]/page",
  "/(site)/byline/[slug]/page",
  "/(site)/agency/[slug]/page",
  "/(site)/search/page",
  "/(site)/_page/[page]/page",
];

for (const route of readerRoutes) {
  test(`${route} loads at most 15 KB of its own JavaScript above the framework's`, () => {
    const own = ownScripts(distDir, route);
    expect(encodedBytes(distDir, own), own.join(", ")).toBeLessThanOrEqual(OWN_JS_BUDGET);
  });
}

test("the story page loads the scripts its manifest names, and the share form's only when a reader reaches for it", async ({
  page,
}) => {
  const loaded: string[] = [];
  page.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (request.resourceType() === "script") loaded.push(pathname.replace(/^\/_next\//, ""));
  });
  await page.goto(storyPath, { waitUntil: "networkidle" });
  const named = routeScripts(distDir, storyRoute);
  expect(loaded.filter((script) => !named.has(script))).toEqual([]);
  expect(loaded.length).toBe(named.size);

  const link = page.getByRole("link", { name: "Send this to a friend" });
  await link.hover();
  await expect.poll(() => loaded.length).toBeGreaterThan(named.size);
  await link.click();
  await expect(
    page.getByRole("dialog", { name: "Send this to a friend" }).getByLabel("Recipient email"),
  ).toBeFocused();
});

test("reader pages log no console errors: the site has its icons", async ({ page, request }) => {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${page.url()}: ${message.text()}`);
  });
  for (const path of ["/", "/world", storyPath, "/search?q=syria"]) {
    await page.goto(path, { waitUntil: "networkidle" });
  }
  expect(errors).toEqual([]);

  for (const path of ["/favicon.ico", "/icons/192.png", "/icons/512.png"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toBe("image/png");
  }
  const manifest = await (await request.get("/manifest.webmanifest")).json();
  expect(manifest.icons.map((icon: { src: string }) => icon.src)).toEqual([
    "/icon.svg",
    "/icons/192.png",
    "/icons/512.png",
  ]);
  await page.goto("/");
  for (const rel of ["icon", "apple-touch-icon", "manifest"]) {
    const href = await page.locator(`link[rel="${rel}"]`).getAttribute("href");
    expect((await request.get(href!)).status(), rel).toBe(200);
  }
});
