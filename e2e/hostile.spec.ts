import { expect, test, type Browser } from "@playwright/test";
import { HOSTILE_PATH_SEGMENTS, HOSTILE_STRINGS } from "../lib/testing/hostile-strings";
import { withDatabase } from "./helpers";

// Runs with the concurrency spec, after every other spec: what it stores would crowd the
// newsroom queue that others read. The unit suite (lib/hostile/) drives each field alone
// through the use cases on both databases; this one drives the running server.
const story = "/world/no-progress-as-kerry-lavrov-meet-on-syria-us";

/** Runs `work` over `items`, `width` at a time. */
async function inTurn<T>(
  items: readonly T[],
  width: number,
  work: (item: T, index: number) => Promise<void>,
) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const index = next++;
        await work(items[index]!, index);
      }
    }),
  );
}

// One address per way a parameter is read: a section, a slug, both, a number in a path, a token,
// a file name, a query; the others share these readers.
const routes = (s: string) => [
  `/${s}`,
  `/world/${s}`,
  `/${s}/no-progress-as-kerry-lavrov-meet-on-syria-us`,
  `${story}/comments/${s}`,
  `${story}/comments/newest/${s}`,
  `${story}/comment/${s}`,
  `${story}/reply/${s}`,
  `${story}/report/${s}`,
  `${story}/edit/${s}`,
  `/world/${s}/opengraph-image`,
  `/world/before/${s}`,
  `/world?before=${s}`,
  `/tag/${s}`,
  `/byline/${s}/before/${s}`,
  `/byline/${s}?before=${s}`,
  `/share/block/${s}`,
  `/replies/confirm/${s}`,
  `/replies/${s}/${s}`,
  `/_front/${s}`,
  `/_site/${s}`,
  `/_page/${s}`,
  `/_corrections/${s}`,
  `/corrections/page/${s}`,
  `/corrections/${s}`,
  `/icons/${s}`,
  `/media/${s}`,
  `/sitemap-${s}.xml`,
  `/search?q=${s}&page=${s}`,
  `/api/form-token?story=${s}`,
  `/admin/comments/${s}`,
  `/admin/pages/${s}`,
  `/admin/audit?kind=${s}&who=${s}&page=${s}`,
  `/admin/stories/${s}/history?from=${s}&to=${s}&restore=${s}&number=${s}`,
  `/admin?next=${s}&password=${s}&invitation=${s}`,
  `/admin/reset-password/${s}`,
  `/admin/invitation/${s}`,
  `/admin/staff?done=${s}&refused=${s}`,
];

test("every route parameter, given every hostile string, answers 4xx or a normal page, never 5xx", async ({
  request,
}) => {
  // The addresses are read the same way whatever the database; one run is enough.
  test.skip(process.env.E2E_DATABASE === "postgresql", "parsed the same on every database");
  test.setTimeout(600_000);
  const failures: string[] = [];
  // "//x" and "/\\x" would name another host, not a path of this one.
  const paths = HOSTILE_PATH_SEGMENTS.flatMap(routes).filter(
    (path) => new URL(path, "http://here/").host === "here",
  );
  await inTurn(paths, 8, async (path) => {
    const response = await request.get(path, { maxRedirects: 0, failOnStatusCode: false });
    if (response.status() >= 500) failures.push(`${response.status()} ${path.slice(0, 120)}`);
    await response.dispose();
  });
  expect(paths.length).toBeGreaterThan(300 * routes("x").length);
  expect(failures).toEqual([]);
});

test("numbers at the edge of what a route reads are a 404 on every database", async ({ request }) => {
  // Read as numbers, they reach the database: PostgreSQL's INT4 ends at 2,147,483,647.
  for (const path of [
    `${story}/comments/999999999`,
    `${story}/comments/42949673`,
    `${story}/comments/newest/999999999`,
    `${story}/comments/newest/42949673`,
    `${story}/comments/newest/42949672`,
    `${story}/comment/999999999`,
    `/world?before=999999999`,
    `/tag/syria?before=999999999`,
  ]) {
    const response = await request.get(path, { maxRedirects: 0, failOnStatusCode: false });
    expect(response.status(), path).toBe(404);
    await response.dispose();
  }
});

/** A form exactly as a browser without JavaScript sends it: Next's action fields included. */
async function formFields(browser: Browser, path: string, form: string): Promise<Record<string, string>> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(path);
  const fields = await page
    .locator(form)
    .evaluate((element: HTMLFormElement) =>
      [...new FormData(element)].map(([k, v]) => [k, String(v)] as const),
    );
  await context.close();
  return Object.fromEntries(fields);
}

test("every field of the reader's forms, given every hostile string, is refused or kept harmless, never 5xx", async ({
  request,
  browser,
  baseURL,
}) => {
  test.skip(process.env.E2E_DATABASE === "postgresql", "the unit suite drives each field on PostgreSQL");
  test.setTimeout(600_000);
  const since = new Date();
  const comment = await formFields(browser, story, "#respond form");
  const share = await formFields(browser, `${story}/share`, "main form");
  const signIn = await formFields(browser, "/admin", "main form");
  expect(Object.keys(signIn)).toEqual(expect.arrayContaining(["email", "password"]));
  expect(Object.keys(comment)).toEqual(expect.arrayContaining(["formToken", "storyId"]));
  expect(Object.keys(share)).toEqual(expect.arrayContaining(["formToken", "storyId"]));
  await new Promise((resolve) => setTimeout(resolve, 3_200)); // the printed tokens come of age

  const failures: string[] = [];
  // Three posts per string: the visitor's own text in each form with valid addresses, so it
  // reaches the use case; and, in turn, the addresses of each form and the sign-in.
  const posts = HOSTILE_STRINGS.flatMap((hostile, n) => [
    {
      path: story,
      fields: { ...comment, comment: hostile, name: hostile, website: hostile, email: `h${n}@example.com` },
      n,
    },
    {
      path: `${story}/share`,
      fields: {
        ...share,
        recipient: `friend${n}@example.com`,
        senderName: hostile,
        senderEmail: "a@example.com",
        message: hostile,
      },
      n,
    },
    [
      {
        path: story,
        fields: { ...comment, email: hostile, parentId: hostile, storyId: hostile, formToken: hostile },
        n,
      },
      {
        path: `${story}/share`,
        fields: { ...share, recipient: hostile, senderEmail: hostile, storyId: hostile },
        n,
      },
      { path: "/admin", fields: { ...signIn, email: hostile, password: hostile, next: hostile }, n },
    ][n % 3]!,
  ]);

  await inTurn(posts, 4, async ({ path, fields, n }, index) => {
    const response = await request.post(path, {
      multipart: fields,
      // Each post from its own address: the limits are tested elsewhere; here every post gets through to the checks.
      headers: { origin: baseURL!, "x-forwarded-for": `198.19.${Math.floor(index / 250)}.${index % 250}` },
      maxRedirects: 0,
      failOnStatusCode: false,
    });
    if (response.status() >= 500) failures.push(`${response.status()} post ${index} (string ${n})`);
    await response.dispose();
  });
  expect(failures).toEqual([]);

  // What got through is harmless: no controls, nothing that turns text round, no links sent.
  const { comments, shares } = await withDatabase(async (db) => ({
    comments: await db.comment.findMany({ where: { createdAt: { gte: since } } }),
    shares: await db.share.findMany({ where: { createdAt: { gte: since } }, include: { outbox: true } }),
  }));
  for (const row of comments) {
    expect(`${row.authorName}${row.body}`).not.toMatch(
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd\u202a-\u202e\u2066-\u2069]/u,
    );
    expect(row.status).not.toBe("approved");
  }
  for (const row of shares) {
    expect(`${row.senderName} ${row.message ?? ""}`).not.toMatch(/https?:|www\.|[\r\n]/i);
    expect(row.outbox?.toAddress).toBe(row.recipientEmail);
  }
});
