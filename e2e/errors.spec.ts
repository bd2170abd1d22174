import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test("unknown stories, sections and paths answer 404 with a plain page", async ({ page }) => {
  for (const path of [
    "/world/no-such-story",
    "/no-such-section",
    "/world/no-such-story/deeper",
    "/World/Capitals",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  }
});

/** Files under the server's build folder whose path names this text: Next's page cache writes there. */
function cacheFilesNaming(text: string, dir = process.env.DATELINE_DIST_DIR ?? ".next"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return cacheFilesNaming(text, full);
    return full.includes(text) ? [full] : [];
  });
}

test("the social image answers only at its story's address, and made-up addresses are 404s the cache never keeps", async ({
  request,
}) => {
  const slug = "no-progress-as-kerry-lavrov-meet-on-syria-us";
  const story = await request.get(`/world/${slug}`);
  const image = new URL(/<meta property="og:image" content="([^"]+)"/.exec(await story.text())![1]!).pathname;
  const file = image.split("/").at(-1)!;
  const real = await request.get(image);
  expect(real.status()).toBe(200);
  expect(real.headers()["content-type"]).toBe("image/png");

  const madeUp = `made-up-${Date.now()}`;
  const burst = Array.from({ length: 20 }, (_, i) => [
    `/${madeUp}-${i}/${slug}/${file}`, // a real story under an invented section
    `/world/${madeUp}-${i}/${file}`, // an invented story
    `${image}/${madeUp}-${i}`, // an invented image id
  ]).flat();
  for (const path of burst) expect((await request.get(path)).status(), path).toBe(404);
  // Next stores a render after answering it: give the last ones time to land.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect(cacheFilesNaming(madeUp)).toEqual([]);
});

test("made-up sitemap months are 404s the cache never keeps", async ({ request }) => {
  // Years no story was published in, each name unlike any real child.
  const names = Array.from({ length: 20 }, (_, i) => `${1900 + i}-0${(i % 9) + 1}`);
  for (const name of names) expect((await request.get(`/sitemap-${name}.xml`)).status(), name).toBe(404);
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect(names.flatMap((name) => cacheFilesNaming(`sitemap/${name}`))).toEqual([]);
});

test("a post of unstated (chunked) length is refused with 411 before it is read, never a 5xx", async ({
  baseURL,
}) => {
  const url = new URL("/world/no-progress-as-kerry-lavrov-meet-on-syria-us", baseURL);
  const status = await new Promise<number>((resolve, reject) => {
    // Chunked transfer: no Content-Length for the size check to read. The server answers at
    // the first chunk; what the client was still sending after that may be cut off.
    let answered = false;
    const request = http.request(
      url,
      { method: "POST", headers: { "content-type": "text/plain" } },
      (response) => {
        answered = true;
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on("error", (error) => (answered ? undefined : reject(error)));
    request.write("x".repeat(64 * 1024));
  });
  expect(status).toBe(411);
});

test("a story asked for under another section redirects to its own address", async ({ request }) => {
  const response = await request.get("/business/no-progress-as-kerry-lavrov-meet-on-syria-us", {
    maxRedirects: 0,
  });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toBe("/world/no-progress-as-kerry-lavrov-meet-on-syria-us");
});

test("malformed and very long addresses never answer 5xx", async ({ request }) => {
  const cases: Array<[string, number | "any 4xx or 2xx"]> = [
    ["/%E0%A4%A", 400],
    ["/world/%ff%fe", 400],
    ["/world/no-progress-as-kerry-lavrov-meet-on-syria-us?x=%ff", "any 4xx or 2xx"],
    [`/${"a".repeat(4000)}`, 404],
    [`/world/${"b".repeat(4000)}`, 404],
    ["/world/..%2f..%2fetc%2fpasswd", 404],
    ["/world/<script>alert(1)</script>", 404],
    // The routes "/" and the site's feeds are rewritten to (lib/cache/site-routes.ts).
    ["/_front/latest", 200],
    ["/_front/yesterday", 404],
    [`/_front/${"d".repeat(90)}`, 404],
    ["/_site/feed.xml", 200],
    ["/_site/passwd", 404],
    ["/_site/..%2f..%2fpackage.json", 404],
    ["/_site/robots.txt?page=-1", 200],
  ];
  for (const [path, expected] of cases) {
    const response = await request.get(path, { maxRedirects: 0 });
    if (typeof expected === "number") expect(response.status(), path.slice(0, 60)).toBe(expected);
    expect(response.status(), path.slice(0, 60)).toBeLessThan(500);
  }
  // A request id a client made up is replaced, never echoed (it goes into every log line).
  for (const id of ["x".repeat(500), "a b\tc", "<script>", "good-id-12345"]) {
    const response = await request.get("/healthz", { headers: { "x-request-id": id } });
    expect(response.status()).toBe(200);
    const echoed = response.headers()["x-request-id"];
    if (id === "good-id-12345") expect(echoed).toBe(id);
    else expect(echoed).toMatch(/^[0-9a-f-]{36}$/);
  }
  // Longer than Node's header limit: refused before it reaches the app.
  const huge = await request.get(`/${"c".repeat(20_000)}`).catch(() => null);
  if (huge) expect(huge.status()).toBeLessThan(500);
});

test("security headers are on every response", async ({ request }) => {
  const answers: Array<[string, () => ReturnType<typeof request.get>]> = [
    ["/", () => request.get("/")],
    ["Next's 404", () => request.get("/world/no-such-story")],
    // The answers our HTTP server writes itself, before Next.
    ["400", () => request.get("/world/%ff%fe")],
    ["404 for an impossible address", () => request.get(`/${"a".repeat(200)}`)],
    ["413", () => request.post("/world", { data: "x".repeat(1024 * 1024 + 1) })],
    ["403 for a foreign form post", () => request.post("/world", { headers: foreignForm, data: "a=b" })],
    ["/healthz", () => request.get("/healthz")],
    ["/readyz", () => request.get("/readyz")],
  ];
  for (const [path, send] of answers) {
    const headers = (await send()).headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).toContain("object-src 'none'");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["x-powered-by"], path).toBeUndefined();
    // SITE_URL is http here: no HSTS.
    expect(headers["strict-transport-security"], path).toBeUndefined();
  }
});

const foreignForm = { origin: "http://evil.example", "content-type": "application/x-www-form-urlencoded" };

test("hostile form posts to a story are refused with 403 or 400, never a 5xx", async ({
  request,
  baseURL,
}) => {
  const story = "/world/no-progress-as-kerry-lavrov-meet-on-syria-us";
  const html = await (await request.get(story)).text();
  // The comment form's hidden fields, as a browser without JavaScript sends them.
  const form = html.slice(
    html.indexOf(`action="${story}#respond"`),
    html.indexOf("</form>", html.indexOf(`action="${story}#respond"`)),
  );
  const hidden = [...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map(
    ([, name, value = ""]) => [name!, value.replaceAll("&quot;", '"').replaceAll("&amp;", "&")] as const,
  );
  const actionId = JSON.parse(hidden.find(([name]) => /^\$ACTION_\d+:0$/.test(name))![1]).id as string;
  expect(actionId).toMatch(/^[0-9a-f]{40,}$/);

  const boundary = "----WebKitFormBoundaryE2eHostile";
  const multipart = (fields: ReadonlyArray<readonly [string, string]>) =>
    Buffer.from(
      fields
        .map(
          ([name, value]) =>
            `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
        )
        .join("") + `--${boundary}--\r\n`,
    );
  // Its fields left empty: a post that gets through is refused by the form and writes nothing.
  const noScriptPost = multipart(hidden);
  const scriptPost = multipart([
    ["0", '[{"status":"idle","values":{}},"$K1"]'],
    ["1_comment", ""],
  ]);
  const formType = `multipart/form-data; boundary=${boundary}`;
  const own = new URL(baseURL!).origin;
  const port = Number(new URL(baseURL!).port);
  const post = (headers: Record<string, string>, data: Buffer | string) =>
    request.post(story, {
      headers: { "x-forwarded-for": "198.51.100.77", ...headers },
      data,
      maxRedirects: 0,
    });

  // The same post from the story's own page gets through to the form, which refuses its empty fields.
  expect((await post({ origin: own, "content-type": formType }, noScriptPost)).status()).toBe(422);

  for (const origin of [
    "http://evil.example",
    "null",
    `http://127.0.0.1.evil.example:${port}`,
    `http://127.0.0.1:${port + 1}`,
  ]) {
    const noScript = await post({ origin, "content-type": formType }, noScriptPost);
    expect(noScript.status(), `${origin} without JavaScript`).toBe(403);
    expect(await noScript.text()).toContain("This form was sent from another site");
    const script = await post({ origin, "content-type": formType, "next-action": actionId }, scriptPost);
    expect(script.status(), `${origin} with JavaScript`).toBe(403);
  }

  const broken: Array<[string, Record<string, string>, Buffer | string, number]> = [
    ["multipart without a boundary", { "content-type": "multipart/form-data" }, noScriptPost, 400],
    [
      "multipart cut off",
      { "content-type": formType },
      noScriptPost.subarray(0, noScriptPost.length - 40),
      400,
    ],
    ["multipart of junk", { "content-type": formType }, "garbage garbage garbage", 400],
    [
      "an action with a junk body",
      { "content-type": "text/plain;charset=UTF-8", "next-action": actionId },
      "garbage",
      400,
    ],
    ["an action with junk multipart", { "content-type": formType, "next-action": actionId }, "garbage", 400],
    [
      "an action without its form",
      { "content-type": "text/plain;charset=UTF-8", "next-action": actionId },
      '["$undefined","$undefined"]',
      422,
    ],
  ];
  for (const [name, headers, data, status] of broken) {
    const response = await post({ origin: own, ...headers }, data);
    expect(response.status(), name).toBe(status);
  }
});

test.describe("when the database cannot be reached", () => {
  // One extra server for the whole group, not one per worker.
  test.describe.configure({ mode: "serial" });
  let server: ChildProcess;
  const port = Number(process.env.PORT ?? 3100) + 50;
  const origin = `http://127.0.0.1:${port}`;

  test.beforeAll(async () => {
    server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
      env: {
        ...process.env,
        PORT: String(port),
        HOSTNAME: "127.0.0.1",
        DATABASE_URL: "postgresql://nobody@127.0.0.1:9/none",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let log = "";
    server.stdout?.on("data", (chunk) => (log += chunk));
    server.stderr?.on("data", (chunk) => (log += chunk));
    // Up to 55 s: a second Next server starts slowly beside a busy first one on two cores.
    for (let i = 0; i < 275 && !log.includes("serving on port"); i++)
      await new Promise((r) => setTimeout(r, 200));
    expect(log).toContain("serving on port");
  });

  test.afterAll(() => {
    if (server.pid) process.kill(server.pid, "SIGTERM");
  });

  test("a page that needs the database answers 503 with a plain apology and no detail", async ({ page }) => {
    const response = await page.goto(`${origin}/world/a-story-nobody-has-cached`);
    expect(response?.status()).toBe(503);
    expect(response?.headers()["retry-after"]).toBe("30");
    await expect(page).toHaveTitle("Page unavailable");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sorry, this page is unavailable");
    const html = await page.content();
    expect(html).not.toMatch(/ECONNREFUSED|Prisma|postgresql:\/\/|at .*\.ts:\d+/);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });

  test("the health check says so too", async ({ request }) => {
    const response = await request.get(`${origin}/api/health`);
    expect(response.status()).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable" });
  });
});
