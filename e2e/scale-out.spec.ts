import { expect, test, type Browser } from "@playwright/test";
import autocannon from "autocannon";
import { slugify } from "../lib/articles/slugify";
import { clusterUnavailable, startCluster, type Cluster } from "../lib/testing/cluster";
import {
  asNewVisitor,
  fillReply,
  importStory,
  readingPause,
  REVALIDATED_WITHIN_MS,
  signIn,
  unique,
  uniqueAddress,
} from "./helpers";

// nginx (deploy/nginx.conf) → two instances with their own build copies → PostgreSQL + Redis.
// How fast a change shows (the issue asks for 2 s) is measured by npm run bench; here the
// reader checks wait as hang detectors, as everywhere in the suite (e2e/helpers.ts).
test.describe.configure({ mode: "serial" });

let cluster: Cluster;
let a: string;
let b: string;
let proxy: string;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const missing = await clusterUnavailable();
  if (process.env.CI && missing) throw new Error(missing);
  test.skip(missing !== null, missing ?? "");
  const port = Number(process.env.E2E_PORT ?? 3100);
  cluster = await startCluster({
    distDir: process.env.DATELINE_DIST_DIR!,
    ports: { a: port + 11, b: port + 12, proxy: port + 13 },
  });
  a = cluster.instances[0].origin;
  b = cluster.instances[1].origin;
  proxy = cluster.proxy;
});

test.afterAll(async () => {
  await cluster?.stop();
});

/** Polls a page as an anonymous reader until it shows the text. */
async function readerSees(browser: Browser, url: string, text: string) {
  const reader = await browser.newPage();
  await expect(async () => {
    await reader.goto(url);
    await expect(reader.getByText(text).first()).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: REVALIDATED_WITHIN_MS, intervals: [100, 250] });
  await reader.close();
}

/** Imports a story in World through instance A's revalidation, as the import CLI does. */
const publishThroughA = (slug: string, headline: string, paragraph: string) =>
  importStory(a, { slug, headline, paragraph, section: "World", publishedAt: new Date(Date.now() - 60_000) });

const storyUrl = (origin: string, headline: string) => `${origin}/world/${slugify(headline)}`;

test("a page rendered by one instance is served from the shared cache by the other", async ({ request }) => {
  const slug = `shared-cache-${Date.now()}`;
  await publishThroughA(slug, "One render for every instance", "Rendered once.");
  expect((await request.get(`${a}/world/${slug}`)).headers()["x-nextjs-cache"]).toMatch(/MISS|HIT/);
  const fromB = await request.get(`${b}/world/${slug}`);
  expect(fromB.status()).toBe(200);
  expect(fromB.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(await fromB.text()).toContain("One render for every instance");
});

test("an editor's save through instance A is what a reader of instance B sees, on the story and the front page", async ({
  page,
  browser,
}) => {
  test.slow();
  await asNewVisitor(page);
  await signIn(page, "editor", "/admin/stories/new", a);
  const headline = unique("Two instances agree on the tide tables");
  await page.getByLabel("Headline", { exact: true }).fill(headline);
  await page.getByLabel("Place", { exact: true }).fill("Kiel");
  await page.getByLabel("Agency", { exact: true }).fill("dpa");
  await page.getByLabel("Section", { exact: true }).selectOption("world");
  await page.getByLabel("Body", { exact: true }).fill("High water at noon.");
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Published. Readers see it now.");
  const href = storyUrl(b, headline);
  await readerSees(browser, href, headline);
  await readerSees(browser, `${b}/`, headline);

  // Both pages are now cached on B (and in Redis); the edit made on A must replace them.
  const edited = `${headline} (corrected)`;
  await page.getByLabel("Headline", { exact: true }).fill(edited);
  await page.getByRole("button", { name: "Update" }).click();
  await expect(page.getByRole("status")).toContainText("Published.");
  await readerSees(browser, href, edited);
  await readerSees(browser, `${b}/`, edited);
});

test("a comment approved through instance A appears for readers of instance B", async ({ page, browser }) => {
  test.slow();
  const slug = `shared-comments-${Date.now()}`;
  await publishThroughA(slug, "Comments agree across instances", "Say something.");
  const author = unique("Held Across");
  const text = unique("Seen on every instance");
  const commenter = await browser.newPage();
  await asNewVisitor(commenter);
  await commenter.goto(`${b}/world/${slug}`);
  await fillReply(commenter, { comment: text, name: author, email: uniqueAddress("across") });
  await readingPause(commenter);
  await commenter.getByRole("button", { name: "Post Comment" }).click();
  await expect(commenter.locator("#respond").getByRole("status")).toContainText("awaiting moderation");
  await commenter.close();

  await asNewVisitor(page);
  await signIn(page, "moderator", "/admin/comments", a);
  await page
    .getByRole("article", { name: author })
    .getByRole("button", { name: `Approve the comment by ${author}` })
    .click();
  await expect(page.getByRole("status")).toHaveText("1 comment approved.");
  await readerSees(browser, `${b}/world/${slug}`, text);
});

test("the shipped nginx caches anonymous reader pages, never for the newsroom, and passes posts", async ({
  request,
}) => {
  const slug = `proxied-${Date.now()}`;
  await publishThroughA(slug, "Through the proxy", "Cached for a second.");
  const url = `${proxy}/world/${slug}`;
  await expect
    .poll(async () => (await request.get(url)).headers()["x-cache"], { timeout: REVALIDATED_WITHIN_MS })
    .toBe("HIT");

  const asEditor = await request.get(url, { headers: { cookie: "better-auth.session_token=anything" } });
  expect(asEditor.headers()["x-cache"]).toBe("BYPASS");
  const rsc = await request.get(url, { headers: { rsc: "1" } });
  expect(rsc.headers()["content-type"]).toContain("text/x-component");
  expect((await request.get(url)).headers()["content-type"]).toContain("text/html");
  const newsroom = await request.get(`${proxy}/admin`);
  expect(newsroom.headers()["x-cache"]).toBeUndefined();
  // A post reaches the app (which refuses it without the secret) rather than any cache.
  expect((await request.post(`${proxy}/api/revalidate`, { data: { everything: true } })).status()).toBe(401);
  const assets = (await (await request.get(url)).text()).match(/\/_next\/static\/[^"]+\.js/)?.[0];
  expect(assets).toBeTruthy();
  expect((await request.get(`${proxy}${assets}`)).headers()["cache-control"]).toBe(
    "public, max-age=31536000, immutable",
  );
  // The client's X-Forwarded-For is overwritten: security headers of the app pass through.
  expect((await request.get(url)).headers()["content-security-policy"]).toContain("default-src 'self'");

  await publishThroughA(slug, "Through the proxy, updated", "Fresh again.");
  await expect
    .poll(async () => (await request.get(url)).text(), { timeout: REVALIDATED_WITHIN_MS, intervals: [250] })
    .toContain("Through the proxy, updated");
});

test("SIGTERM on an instance under load: no request fails, and it stops within 10 s", async () => {
  test.slow();
  const [instanceA] = cluster.instances;
  // A newsroom cookie makes nginx pass every request to the instances.
  const load = autocannon({
    url: `${proxy}/world/no-progress-as-kerry-lavrov-meet-on-syria-us`,
    connections: 8,
    duration: 5,
    headers: { cookie: "better-auth.session_token=load" },
  });
  await new Promise((resolve) => setTimeout(resolve, 1500));
  // And straight to instance A: searches are rendered per request, so some are still in flight
  // when the signal comes; each must be answered, not cut off.
  const inFlight = Array.from({ length: 12 }, (_, i) =>
    fetch(`${instanceA.origin}/search?q=syria+${i}`, { headers: { connection: "close" } }).then(
      (r) => r.status,
    ),
  );
  await new Promise((resolve) => setTimeout(resolve, 150));
  const signalled = Date.now();
  instanceA.process.kill("SIGTERM");
  const code = await instanceA.exited;
  const stoppedAfter = Date.now() - signalled;
  const result = await load;
  expect(await Promise.all(inFlight)).toEqual(Array(12).fill(200));
  expect(code).toBe(0);
  expect(stoppedAfter).toBeLessThan(10_000);
  expect(result.errors).toBe(0);
  expect(result.non2xx).toBe(0);
  expect(result.requests.total).toBeGreaterThan(0);
});
