import { expect, test } from "@playwright/test";
import { readingPause, unique, withDatabase } from "./helpers";

// Runs after every other spec (its own project in playwright.config.ts): 200 held comments
// would push other tests' comments off the first page of the newsroom queue.
const storyPath = "/science/village-counts-stars-to-measure-light-pollution";
const CLIENTS = 20;
const POSTS_EACH = 10;

test("200 comments from 20 parallel clients, posted as browsers without JavaScript do, are all stored once", async ({
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(180_000);
  // The form exactly as a reader's browser sends it, with Next's action fields.
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto(storyPath);
  const fields = await page
    .locator("#respond form")
    .evaluate((form: HTMLFormElement) => [...new FormData(form)].map(([k, v]) => [k, String(v)] as const));
  expect(fields.map(([name]) => name)).toEqual(expect.arrayContaining(["formToken", "storyId", "comment"]));
  await readingPause(page);

  const run = unique("parallel");
  const tag = run.replace(/\W/g, "").toLowerCase();
  const statuses: number[] = [];
  const client = async (c: number) => {
    const http = await playwright.request.newContext({ baseURL });
    for (let i = 0; i < POSTS_EACH; i++) {
      const multipart = {
        ...Object.fromEntries(fields),
        comment: `${run}: client ${c}, comment ${i}.`,
        name: `Client ${c}`,
        // Each post from its own address and email, so the flood limit has no say.
        email: `c${c}n${i}.${tag}@example.com`,
      };
      const response = await http.post(storyPath, {
        multipart,
        headers: { origin: baseURL!, "x-forwarded-for": `198.18.${c}.${i + 1}` },
        maxRedirects: 0,
      });
      statuses.push(response.status());
    }
    await http.dispose();
  };
  await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
  expect(statuses.filter((status) => status !== 200)).toEqual([]);

  const stored = await withDatabase((db) =>
    db.comment.findMany({ where: { body: { startsWith: run } }, select: { body: true, status: true } }),
  );
  expect(stored).toHaveLength(CLIENTS * POSTS_EACH);
  expect(new Set(stored.map((comment) => comment.body)).size).toBe(CLIENTS * POSTS_EACH);
  // First-time commenters are held; none of this is visible to readers.
  expect(new Set(stored.map((comment) => comment.status))).toEqual(new Set(["pending"]));
});
