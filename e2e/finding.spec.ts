import { expect, test } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import Parser from "rss-parser";
import type { APIRequestContext } from "@playwright/test";
import { importStory, REVALIDATED_WITHIN_MS } from "./helpers";

const storyPath = "/world/no-progress-as-kerry-lavrov-meet-on-syria-us";
const headline = "‘No progress’ as Kerry, Lavrov meet on Syria: US";

// The paging stories these tests read are imported by paging-stories.setup.ts, once per run.

test("every reader page has the section navigation and a search box", async ({ page }) => {
  for (const url of ["/", storyPath, "/science", "/search?q=kerry"]) {
    await page.goto(url);
    const nav = page.getByRole("navigation", { name: "Sections" });
    await expect(nav.getByRole("link", { name: "World" })).toBeVisible();
    await expect(
      page.getByRole("search").first().getByRole("searchbox", { name: "Search stories" }),
    ).toBeVisible();
  }
  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Science" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Science" })).toBeVisible();
});

test("a story links to its tag, agency and byline pages, each listing it; related stories never include it", async ({
  page,
}) => {
  await page.goto(storyPath);
  const related = page.getByRole("region", { name: "Related stories" });
  await expect(related.getByRole("link").first()).toBeVisible();
  await expect(related.getByRole("link", { name: headline })).toHaveCount(0);

  await page.getByRole("link", { name: "Syria", exact: true }).click();
  await expect(page).toHaveURL(/\/tag\/syria$/);
  await expect(page.getByRole("heading", { level: 1, name: "Stories tagged Syria" })).toBeVisible();
  await expect(page.getByRole("link", { name: headline })).toBeVisible();

  await page.goto(storyPath);
  await page.getByRole("link", { name: "AFP", exact: true }).click();
  await expect(page).toHaveURL(/\/agency\/afp$/);
  await expect(page.getByRole("heading", { level: 1, name: "Stories from AFP" })).toBeVisible();
  await expect(page.getByRole("link", { name: headline })).toBeVisible();

  await page.goto("/world/harbour-town-opens-floating-library");
  await page.getByRole("link", { name: "Mara Lindqvist" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Stories by Mara Lindqvist" })).toBeVisible();
});

test("lists page by 20, newest first, each page after the last story shown; unknown places are 404", async ({
  page,
}) => {
  await page.goto("/paging-desk");
  await expect(page.getByRole("heading", { level: 1, name: "Paging Desk" })).toBeVisible();
  const headlines = page.getByRole("article").getByRole("heading", { level: 2 });
  await expect(headlines).toHaveCount(20);
  await expect(headlines.first()).toHaveText("Paging story number 22");
  await expect(page.getByRole("link", { name: /Latest stories/ })).toHaveCount(0);
  await page.getByRole("link", { name: /Older stories/ }).click();
  await expect(page).toHaveURL(/\/paging-desk\?before=\d+$/);
  const secondPage = page.url();
  await expect(headlines).toHaveText(["Paging story number 2", "Paging story number 1"]);
  await expect(page.getByRole("link", { name: /Older stories/ })).toHaveCount(0);
  const { pathname, search } = new URL(secondPage);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    new RegExp(`${pathname}\\${search}$`),
  );
  await page.getByRole("link", { name: /Latest stories/ }).click();
  await expect(page).toHaveURL(/\/paging-desk$/);

  for (const url of [
    "/paging-desk?before=0",
    "/paging-desk?before=abc",
    "/paging-desk?before=99999999999",
    "/tag/paging?before=999999999",
    "/byline/page-turner?before=-1",
    "/tag/no-such-tag",
    "/agency/no-such-agency",
  ]) {
    expect((await page.goto(url))?.status(), url).toBe(404);
  }
  await page.goto("/tag/paging");
  const older = await page.getByRole("link", { name: /Older stories/ }).getAttribute("href");
  expect(older).toMatch(/^\/tag\/paging\?before=\d+$/);
  expect((await page.goto(older!))?.status()).toBe(200);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    new RegExp(`${older!.replace("?", "\\?")}$`),
  );
});

test("search finds stories with the words marked, and pages through them", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search stories" }).first().fill("Kerry Lavrov");
  await page.getByRole("button", { name: "Search" }).first().click();
  await expect(page).toHaveURL(/\/search\?q=Kerry\+Lavrov$/);
  await expect(page.getByRole("status")).toContainText("matches");
  const first = page.getByRole("main").getByRole("article").first();
  await expect(first.getByRole("link")).toHaveText(headline);
  await expect(first.locator("mark").first()).toHaveText(/Kerry|Lavrov/);

  await page.goto("/search?q=paging+story");
  await expect(page.getByRole("status")).toContainText("22 stories match");
  await page.getByRole("link", { name: "More results →" }).click();
  await expect(page.getByRole("main").getByRole("article")).toHaveCount(2);
  expect((await page.goto("/search?q=paging+story&page=3"))?.status()).toBe(404);
});

test("hostile and odd searches get a proper page, never an error", async ({ page }) => {
  const queries = [
    '"',
    "AND OR NOT (",
    '\'; DROP TABLE "Article"; --',
    "<script>alert(1)</script>",
    "🙂🚀",
    "*",
    "NEAR(a b)",
    "x".repeat(10_000),
    "",
  ];
  for (const q of queries) {
    const response = await page.goto(`/search?q=${encodeURIComponent(q)}`);
    expect(response?.status(), q.slice(0, 30)).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
    await expect(page.getByRole("status")).toBeVisible();
  }
  await expect(page.getByRole("status")).toContainText("Enter one or more words");
  await page.goto(`/search?q=${"x".repeat(10_000)}`);
  await expect(page.getByRole("status")).toContainText("Only the first 200 characters");
  await page.goto("/search?q=%3Cscript%3Ealert(1)%3C/script%3E");
  await expect(page.locator("script", { hasText: "alert(1)" })).toHaveCount(0);
});

test("scheduled stories appear nowhere: not in lists, search, feeds or sitemaps", async ({
  page,
  request,
}) => {
  expect((await page.goto("/paging-desk/scheduled-secret-story"))?.status()).toBe(404);
  await page.goto("/search?q=zeppelin");
  await expect(page.getByRole("status")).toContainText("No stories match");
  for (const url of [
    "/paging-desk",
    "/tag/paging",
    "/feed.xml",
    "/paging-desk/feed.xml",
    "/atom.xml",
    "/sitemap.xml",
    ...(await sitemapChildren(request)),
    "/news-sitemap.xml",
  ]) {
    expect(await (await request.get(url)).text(), url).not.toContain("zeppelin");
  }
});

const xmlParser = new XMLParser({ isArray: (name) => name === "url" || name === "sitemap" });

/** The children the sitemap index names, as paths of this server. */
async function sitemapChildren(request: APIRequestContext): Promise<string[]> {
  const index = await (await request.get("/sitemap.xml")).text();
  expect(XMLValidator.validate(index)).toBe(true);
  const children = xmlParser.parse(index).sitemapindex.sitemap as Array<{ loc: string; lastmod?: string }>;
  return children.map((child) => new URL(child.loc).pathname);
}

/** The addresses a sitemap lists. */
async function sitemapUrls(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const body = await response.text();
  expect(XMLValidator.validate(body), path).toBe(true);
  return (xmlParser.parse(body).urlset.url ?? []) as Array<{ loc: string; lastmod?: string }>;
}

test("feeds parse as RSS and Atom with absolute links, and pages advertise them", async ({
  page,
  request,
  baseURL,
}) => {
  const parser = new Parser();
  const site = await parser.parseString(await (await request.get("/feed.xml")).text());
  expect(site.title).toBe("Dateline");
  expect(site.items.length).toBeGreaterThan(0);
  expect(site.items.every((item) => item.link?.startsWith(`${baseURL}/`))).toBe(true);
  expect(site.items.every((item) => !Number.isNaN(Date.parse(item.pubDate ?? "")))).toBe(true);

  const world = await parser.parseString(await (await request.get("/world/feed.xml")).text());
  expect(world.title).toBe("Dateline: World");
  expect(world.items.map((item) => item.title)).toContain(headline);

  const atom = await request.get("/atom.xml");
  expect(atom.headers()["content-type"]).toContain("application/atom+xml");
  expect((await parser.parseString(await atom.text())).items.length).toBeGreaterThan(0);
  expect((await request.get("/no-such-section/feed.xml")).status()).toBe(404);

  await page.goto("/world");
  await expect(
    page.locator('link[rel="alternate"][type="application/rss+xml"][href$="/world/feed.xml"]'),
  ).toHaveCount(1);
  await expect(
    page.locator('link[rel="alternate"][type="application/rss+xml"][href$="/feed.xml"]'),
  ).toHaveCount(2);
});

test("sitemaps are XML listing published stories, and robots.txt names them", async ({
  request,
  baseURL,
}) => {
  // An index: the front and section pages, then a child per month of publication.
  const children = await sitemapChildren(request);
  expect(children[0]).toBe("/sitemap-pages.xml");
  expect(children).toContain("/sitemap-2016-12.xml");
  expect((await sitemapUrls(request, "/sitemap-pages.xml")).map((url) => url.loc)).toContain(
    `${baseURL}/world`,
  );
  const story = (await sitemapUrls(request, "/sitemap-2016-12.xml")).find(
    (url) => url.loc === `${baseURL}${storyPath}`,
  );
  expect(story?.lastmod).toMatch(/^2016-12-08T/);
  for (const missing of ["/sitemap-2016-13.xml", "/sitemap-2016-12-1.xml", "/sitemap-1999-01-2.xml"]) {
    expect((await request.get(missing)).status(), missing).toBe(404);
  }

  const news = await (await request.get("/news-sitemap.xml")).text();
  expect(XMLValidator.validate(news)).toBe(true);
  // The demo story from 2016 is far older than two days.
  expect(news).not.toContain(storyPath);

  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  expect(robots).toContain(`Sitemap: ${baseURL}/news-sitemap.xml`);
  expect(robots).toContain("Disallow: /admin");
});

test("a new story reaches the site's feed, the sitemap index and its month's sitemap, the first two cached before it", async ({
  request,
  baseURL,
}) => {
  const month = new Date().toISOString().slice(0, 7);
  const child = `/sitemap-${month}.xml`;
  await sitemapChildren(request);
  await request.get("/feed.xml");
  await request.get("/science/feed.xml");
  const slug = `sitemap-lantern-${Date.now()}`;
  await importStory(baseURL, {
    slug,
    headline: "Lanterns are mapped street by street",
    paragraph: "Volunteers noted which streets had no light at all.",
    publishedAt: new Date(Date.now() - 60_000),
  });
  await expect
    .poll(async () => (await sitemapUrls(request, child)).map((url) => url.loc), {
      timeout: REVALIDATED_WITHIN_MS,
    })
    .toContain(`${baseURL}/science/${slug}`);
  await expect.poll(() => sitemapChildren(request), { timeout: REVALIDATED_WITHIN_MS }).toContain(child);
  for (const feed of ["/feed.xml", "/science/feed.xml"]) {
    await expect
      .poll(async () => (await request.get(feed)).text(), { timeout: REVALIDATED_WITHIN_MS, message: feed })
      .toContain(`${baseURL}/science/${slug}`);
  }
});

test("a story page carries canonical, OpenGraph, Twitter and NewsArticle data, and a social image", async ({
  page,
  request,
  baseURL,
}) => {
  await page.goto(storyPath);
  const meta = (property: string) =>
    page.locator(`meta[property="${property}"], meta[name="${property}"]`).first();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}${storyPath}`);
  await expect(meta("og:type")).toHaveAttribute("content", "article");
  await expect(meta("og:title")).toHaveAttribute("content", headline);
  await expect(meta("og:url")).toHaveAttribute("content", `${baseURL}${storyPath}`);
  await expect(meta("og:site_name")).toHaveAttribute("content", "Dateline");
  await expect(meta("article:published_time")).toHaveAttribute("content", /^2016-12-08T10:30:00/);
  await expect(meta("article:section")).toHaveAttribute("content", "World");
  await expect(page.locator('meta[property="article:tag"]')).toHaveCount(4);
  await expect(meta("twitter:card")).toHaveAttribute("content", "summary_large_image");
  const image = await meta("og:image").getAttribute("content");
  expect(image).toContain(`${storyPath}/opengraph-image`);
  const png = await request.get(new URL(image!).pathname);
  expect(png.headers()["content-type"]).toBe("image/png");

  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(data).toMatchObject({
    "@type": "NewsArticle",
    headline,
    dateline: "Hamburg / AFP",
    locationCreated: { name: "Hamburg" },
    sourceOrganization: { name: "AFP" },
    articleSection: "World",
    mainEntityOfPage: { "@id": `${baseURL}${storyPath}` },
  });
  expect((await request.get("/logo.png")).headers()["content-type"]).toBe("image/png");
});
