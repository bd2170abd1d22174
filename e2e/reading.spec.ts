import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { importStory } from "./helpers";

const seedHeadline = "‘No progress’ as Kerry, Lavrov meet on Syria: US";
const seedPath = "/world/no-progress-as-kerry-lavrov-meet-on-syria-us";

const demoHeadlines = [
  "Students find moss growing under a retreating glacier",
  "Harbour town opens a library on a converted ferry",
  "Cooperative bakery chain shares its first profit with staff",
  "Demo shipping index rises for a third week",
  "Village counts its stars to measure light pollution",
  "River ferry returns after a summer of low water",
  seedHeadline,
];

// The paragraphs as the wire sent them: the lines between the dateline and the page chrome.
const seedLines = readFileSync("prisma/seed/001-no-progress-kerry-lavrov-syria.txt", "utf8").split("\n");
const seedParagraphs = seedLines
  .slice(seedLines.findIndex((line) => line.startsWith("Hamburg")) + 1, seedLines.indexOf("Leave a Reply"))
  .filter((line) => line.trim());

test("the front page lists the latest stories and leads to the seed article", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Latest news" })).toBeVisible();
  // Newest first, the seed story from 2016 last of the demo stories (other specs add stories).
  const headlines = await page.getByRole("heading", { level: 2 }).allTextContents();
  expect(headlines.filter((headline) => demoHeadlines.includes(headline))).toEqual(demoHeadlines);
  const seedTeaser = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: seedHeadline }) });
  await expect(seedTeaser).toContainText("Hamburg / AFP");
  await expect(seedTeaser.locator("time")).toHaveAttribute("datetime", /^2016-12-08T/);

  await page.getByRole("link", { name: seedHeadline }).click();
  await expect(page).toHaveURL(seedPath);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(seedHeadline);
});

test("the seed article shows headline, dateline, date, reading time and every paragraph in order", async ({
  page,
}) => {
  await page.goto(seedPath);
  await expect(page).toHaveTitle(`${seedHeadline} | Dateline`);
  await expect(page.locator("h1")).toHaveCount(1);
  await expect(page.locator("h1")).toHaveText(seedHeadline);

  const article = page.locator("article").first();
  await expect(article.getByText("Hamburg / AFP", { exact: true })).toBeVisible();
  const published = article.locator("time").first();
  await expect(published).toHaveAttribute("datetime", /^2016-12-08T/);
  await expect(published).toHaveText("Thursday 8 December 2016, 10:30 UTC");
  await expect(article).not.toContainText("Updated");
  await expect(article).toContainText("2 min read");

  const paragraphs = await article.locator("p").allTextContents();
  const bodyStart = paragraphs.indexOf(seedParagraphs[0]!);
  expect(bodyStart).toBeGreaterThan(-1);
  expect(paragraphs.slice(bodyStart, bodyStart + seedParagraphs.length)).toEqual(seedParagraphs);
  // The page chrome of the source text is not part of the story body.
  await expect(article).not.toContainText("Leave a Reply");
  await expect(article).not.toContainText("Send this to a friend");
});

test("a story with a byline and a standfirst shows both", async ({ page }) => {
  await page.goto("/world/harbour-town-opens-floating-library");
  const article = page.locator("article").first();
  await expect(article.getByText("By Mara Lindqvist")).toBeVisible();
  await expect(article.getByText(/^A fictional sample story\. The converted ferry/)).toBeVisible();
  await expect(article.getByText("Port Alder / Demo Wire")).toBeVisible();
});

test("a section page lists only that section's stories", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Business" }).click();
  await expect(page).toHaveURL("/business");
  await expect(page.getByRole("heading", { level: 1, name: "Business" })).toBeVisible();
  // The story list's headings; the footer has headings of its own.
  const headlines = page.getByRole("main").getByRole("heading", { level: 2 });
  await expect(headlines).toHaveText([
    "Cooperative bakery chain shares its first profit with staff",
    "Demo shipping index rises for a third week",
  ]);
});

test("reader pages come from Next's cache, not a render per request", async ({ request }) => {
  for (const path of ["/", "/world", seedPath]) {
    await request.get(path); // the first visit may render and fill the cache
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["x-nextjs-cache"], path).toMatch(/HIT|STALE/);
    expect(response.headers()["cache-control"], path).toMatch(/s-maxage=\d+/);
  }
});

test("a recent time is a date in the cached HTML, and '… ago' once JavaScript runs", async ({
  page,
  baseURL,
  javaScriptEnabled,
}) => {
  // "just now" written into a page cached for an hour would go stale; a date never does.
  const slug = `lantern-walk-${Date.now()}-${javaScriptEnabled ? "js" : "nojs"}`;
  await importStory(baseURL, {
    slug,
    headline: "Lantern walk maps the town's darkest streets",
    paragraph: "Volunteers carried lanterns along every street and noted which ones had no light.",
    publishedAt: new Date(Date.now() - 5 * 60_000),
  });
  await page.goto(`/science/${slug}`);
  const published = page.locator("article").first().locator("time").first();
  await expect(published).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
  if (javaScriptEnabled) {
    await expect(published).toHaveText(/^\d+ minutes ago$/);
    await expect(published).toHaveAttribute("title", /\d{4}, \d{2}:\d{2} UTC$/);
  } else {
    await expect(published).toHaveText(/^\w+day \d{1,2} \w+ \d{4}, \d{2}:\d{2} UTC$/);
  }
});
