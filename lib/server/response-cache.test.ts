import http, { type IncomingHttpHeaders, type OutgoingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import net from "node:net";
import { createRequire } from "node:module";
import { afterEach, describe, expect, it } from "vitest";
import { isShareable, ResponseCache } from "./response-cache";

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;
type Reply = { status: number; headers: IncomingHttpHeaders; body: Buffer };
type Site = { url: string; calls: () => number };

/** What Next sends with a page it served from its page cache. */
const NEXT_HEADERS: OutgoingHttpHeaders = {
  "x-nextjs-cache": "HIT",
  "cache-control": "s-maxage=300",
  vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding",
  etag: '"page-etag"',
  "content-type": "text/html; charset=utf-8",
};

const running: http.Server[] = [];

afterEach(async () => {
  await Promise.all(
    running.splice(0).map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    ),
  );
});

/** A fake Next: counts its calls and answers with the given status and headers, the count in the body. */
function fakeNext(
  overrides: { status?: number; headers?: OutgoingHttpHeaders; body?: (call: number) => string } = {},
): { handler: Handler; calls: () => number } {
  let calls = 0;
  const handler: Handler = (req, res) => {
    calls++;
    const headers = { ...NEXT_HEADERS, ...overrides.headers };
    for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
    res.statusCode = overrides.status ?? 200;
    res.write(`<p>${req.url} `);
    res.end(overrides.body ? overrides.body(calls) : `call ${calls}</p>`);
  };
  return { handler, calls: () => calls };
}

/** A server on 127.0.0.1:0 that puts the cache in front of the handler as lib/server/http-server.ts does. */
async function startSite(
  cache: ResponseCache,
  next: { handler: Handler; calls: () => number },
): Promise<Site> {
  const server = http.createServer((req, res) => {
    try {
      const key = cache.keyFor(req);
      if (key && cache.serve(key, req, res)) return;
      if (key) cache.record(key, res);
      next.handler(req, res);
    } catch {
      // http-server.ts has no such net: there a throw here would end the process.
      if (!res.headersSent) res.writeHead(500).end("thrown");
    }
  });
  running.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, calls: next.calls };
}

/**
 * One request with exactly these headers (fetch would add Accept-Encoding and undo compression),
 * resolved once the server has finished the response, so the cache has decided about it.
 */
function request(url: string, headers: Record<string, string> = {}, method = "GET"): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        // The server's "finish" comes before the client can read the end; one more turn to be sure.
        setImmediate(() =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

function incoming(method: string, url: string, headers: IncomingHttpHeaders = {}): http.IncomingMessage {
  const req = new http.IncomingMessage(new net.Socket());
  req.method = method;
  req.url = url;
  req.headers = headers;
  return req;
}

describe("ResponseCache.keyFor", () => {
  it("gives a plain GET of a reader page a key", () => {
    const cache = new ResponseCache();

    const key = cache.keyFor(incoming("GET", "/world/a-story"));

    expect(key).toEqual(expect.any(String));
  });

  it("gives no key to a post, a server action, an admin page, an API route or an authorized request", () => {
    const cache = new ResponseCache();

    const keys = [
      cache.keyFor(incoming("POST", "/world/a-story")),
      cache.keyFor(incoming("HEAD", "/world/a-story")),
      cache.keyFor(incoming("GET", "/world/a-story", { "next-action": "abc123" })),
      cache.keyFor(incoming("GET", "/admin")),
      cache.keyFor(incoming("GET", "/admin/stories?page=2")),
      cache.keyFor(incoming("GET", "/api/health")),
      cache.keyFor(incoming("GET", "/world/a-story", { authorization: "Bearer x" })),
      cache.keyFor(incoming("GET", "/world/a-story", { "x-prerender-revalidate": "secret" })),
    ];

    expect(keys).toEqual([null, null, null, null, null, null, null, null]);
  });

  it("keys an RSC request, a gzip request and each router header apart from the plain request", () => {
    const cache = new ResponseCache();
    const plain = cache.keyFor(incoming("GET", "/world"));

    const variants = [
      cache.keyFor(incoming("GET", "/world", { rsc: "1" })),
      cache.keyFor(incoming("GET", "/world", { "accept-encoding": "gzip, deflate, br" })),
      cache.keyFor(incoming("GET", "/world", { "next-router-prefetch": "1" })),
      cache.keyFor(incoming("GET", "/world", { "next-router-segment-prefetch": "/_tree" })),
      cache.keyFor(incoming("GET", "/world", { "next-router-state-tree": "%5B%5D" })),
      cache.keyFor(incoming("GET", "/world", { "next-url": "/world" })),
      cache.keyFor(incoming("GET", "/world?before=2")),
    ];

    expect(new Set([plain, ...variants]).size).toBe(8);
  });

  it("ignores request headers a page does not vary on", () => {
    const cache = new ResponseCache();

    const a = cache.keyFor(incoming("GET", "/world", { "user-agent": "a", "accept-language": "de" }));
    const b = cache.keyFor(incoming("GET", "/world", { "user-agent": "b" }));

    expect(a).toBe(b);
  });
});

describe("isShareable", () => {
  const headers = { "x-nextjs-cache": "HIT", "cache-control": "s-maxage=300", vary: "rsc, Accept-Encoding" };

  it("accepts a 200 that Next served from its page cache", () => {
    expect(isShareable(200, headers)).toBe(true);
  });

  it("refuses what is not a cached 200 for every reader", () => {
    expect(isShareable(404, headers)).toBe(false);
    expect(isShareable(200, { ...headers, "x-nextjs-cache": undefined })).toBe(false);
    expect(isShareable(200, { ...headers, "set-cookie": ["a=b"] })).toBe(false);
    expect(isShareable(200, { ...headers, "cache-control": "private, no-store" })).toBe(false);
    expect(isShareable(200, { ...headers, "cache-control": "no-cache" })).toBe(false);
    expect(isShareable(200, { ...headers, vary: "rsc, Cookie" })).toBe(false);
  });
});

describe("ResponseCache in front of a request handler", () => {
  it("answers a second GET within the TTL from memory, with the same body", async () => {
    const next = fakeNext();
    const site = await startSite(new ResponseCache(), next);

    const first = await request(`${site.url}/world`);
    const second = await request(`${site.url}/world`);

    expect(site.calls()).toBe(1);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.body.toString()).toBe("<p>/world call 1</p>");
    expect(second.body.equals(first.body)).toBe(true);
    expect(second.headers["x-nextjs-cache"]).toBe("HIT");
    expect(second.headers.etag).toBe('"page-etag"');
  });

  it("says HIT when it replays a page Next had just rendered (a MISS)", async () => {
    const site = await startSite(new ResponseCache(), fakeNext({ headers: { "x-nextjs-cache": "MISS" } }));

    const first = await request(`${site.url}/world`);
    const second = await request(`${site.url}/world`);

    expect(site.calls()).toBe(1);
    expect(first.headers["x-nextjs-cache"]).toBe("MISS");
    expect(second.headers["x-nextjs-cache"]).toBe("HIT");
  });

  it("asks the handler again once the TTL has passed", async () => {
    let clock = 10_000;
    const site = await startSite(new ResponseCache(1000, undefined, () => clock), fakeNext());

    await request(`${site.url}/world`);
    clock += 999;
    const fresh = await request(`${site.url}/world`);
    clock += 2;
    const stale = await request(`${site.url}/world`);

    expect(fresh.body.toString()).toBe("<p>/world call 1</p>");
    expect(stale.body.toString()).toBe("<p>/world call 2</p>");
    expect(site.calls()).toBe(2);
  });

  it("keeps an RSC request apart from a page request for the same path", async () => {
    const site = await startSite(new ResponseCache(), fakeNext());

    await request(`${site.url}/world`);
    const rsc = await request(`${site.url}/world`, { RSC: "1" });
    const rscAgain = await request(`${site.url}/world`, { RSC: "1" });

    expect(rsc.body.toString()).toBe("<p>/world call 2</p>");
    expect(rscAgain.body.toString()).toBe("<p>/world call 2</p>");
    expect(site.calls()).toBe(2);
  });

  it("keeps a gzip request apart from one without Accept-Encoding", async () => {
    const site = await startSite(new ResponseCache(), fakeNext());

    await request(`${site.url}/world`, { "Accept-Encoding": "gzip" });
    const identity = await request(`${site.url}/world`);
    const gzipAgain = await request(`${site.url}/world`, { "Accept-Encoding": "gzip" });

    expect(identity.body.toString()).toBe("<p>/world call 2</p>");
    expect(gzipAgain.body.toString()).toBe("<p>/world call 1</p>");
    expect(site.calls()).toBe(2);
  });

  it("never answers a post, a server action, an admin page or an API route from memory", async () => {
    const site = await startSite(new ResponseCache(), fakeNext());

    for (const [path, headers, method] of [
      ["/world", {}, "POST"],
      ["/world/a-story", { "Next-Action": "abc123" }, "GET"],
      ["/admin", {}, "GET"],
      ["/admin/stories", {}, "GET"],
      ["/api/health", {}, "GET"],
    ] as const) {
      await request(`${site.url}${path}`, headers, method);
      await request(`${site.url}${path}`, headers, method);
    }

    expect(site.calls()).toBe(10);
  });

  it.each<[string, { status?: number; headers?: OutgoingHttpHeaders }]>([
    ["one Next did not serve from its page cache", { headers: { "x-nextjs-cache": undefined } }],
    ["one that sets a cookie", { headers: { "set-cookie": "session=abc; HttpOnly" } }],
    ["one marked private, no-store", { headers: { "cache-control": "private, no-store" } }],
    ["a 404", { status: 404 }],
    ["one that varies on a header the key ignores", { headers: { vary: "rsc, Cookie" } }],
  ])("does not keep %s", async (_name, overrides) => {
    const cache = new ResponseCache();
    const site = await startSite(cache, fakeNext(overrides));

    await request(`${site.url}/world`);
    const second = await request(`${site.url}/world`);

    expect(second.body.toString()).toBe("<p>/world call 2</p>");
    expect(site.calls()).toBe(2);
    expect(cache.size).toBe(0);
  });

  it("forgets everything on clear", async () => {
    const cache = new ResponseCache();
    const site = await startSite(cache, fakeNext());
    await request(`${site.url}/world`);
    await request(`${site.url}/sport`);
    expect(cache.size).toBe(2);

    cache.clear();
    const world = await request(`${site.url}/world`);

    expect(world.body.toString()).toBe("<p>/world call 3</p>");
    expect(site.calls()).toBe(3);
  });

  it("does not keep a response that began before a clear and finished after it", async () => {
    const cache = new ResponseCache();
    let began!: () => void;
    const beganPromise = new Promise<void>((resolve) => (began = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    const slow: Handler = (req, res) => {
      calls++;
      for (const [name, value] of Object.entries(NEXT_HEADERS)) res.setHeader(name, value!);
      res.write("<p>first half, ");
      began();
      void released.then(() => res.end(`call ${calls}</p>`));
    };
    const site = await startSite(cache, { handler: slow, calls: () => calls });

    const pending = request(`${site.url}/world`);
    await beganPromise;
    cache.clear();
    release();
    const first = await pending;
    const second = await request(`${site.url}/world`);

    expect(first.body.toString()).toBe("<p>first half, call 1</p>");
    expect(second.body.toString()).toBe("<p>first half, call 2</p>");
    expect(site.calls()).toBe(2);
  });

  it("answers a matching If-None-Match from memory with a 304 and no body", async () => {
    const site = await startSite(new ResponseCache(), fakeNext());
    await request(`${site.url}/world`);

    const matching = await request(`${site.url}/world`, { "If-None-Match": '"page-etag"' });
    const other = await request(`${site.url}/world`, { "If-None-Match": '"older-etag"' });

    expect(matching.status).toBe(304);
    expect(matching.body.length).toBe(0);
    expect(matching.headers.etag).toBe('"page-etag"');
    expect(matching.headers["cache-control"]).toBe("s-maxage=300");
    expect(other.status).toBe(200);
    expect(other.body.toString()).toBe("<p>/world call 1</p>");
    expect(site.calls()).toBe(1);
  });

  // Bug: serve() passes `vary: undefined` (and `cache-control: undefined`) to writeHead, which
  // throws ERR_HTTP_INVALID_HEADER_VALUE; isShareable accepts such an entry. In http-server.ts the
  // throw escapes the request listener. Next's app pages always carry both headers, so it is latent.
  it("answers a matching If-None-Match with a 304 for a kept page that had no Vary", async () => {
    const site = await startSite(new ResponseCache(), fakeNext({ headers: { vary: undefined } }));
    await request(`${site.url}/feed.xml`);

    const matching = await request(`${site.url}/feed.xml`, { "If-None-Match": '"page-etag"' });

    expect(matching.status).toBe(304);
    expect(site.calls()).toBe(1);
  });

  it("evicts the oldest entries first when the byte bound is reached", async () => {
    // Each body is 100 bytes; room for two.
    const cache = new ResponseCache(60_000, 250);
    const site = await startSite(
      cache,
      fakeNext({ body: (call) => `${call}`.padEnd(100 - "<p>/x ".length, ".") }),
    );

    await request(`${site.url}/a`);
    await request(`${site.url}/b`);
    await request(`${site.url}/c`);
    expect(cache.size).toBe(2);
    await request(`${site.url}/b`);
    await request(`${site.url}/c`);
    expect(site.calls()).toBe(3);
    const a = await request(`${site.url}/a`);

    expect(a.body.length).toBe(100);
    expect(site.calls()).toBe(4);
  });
});

describe("ResponseCache with Next's compression in front of the page", () => {
  // The same middleware Next's router server runs on every response (config.compress).
  const compression = createRequire(import.meta.url)("next/dist/compiled/compression") as () => (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    next: () => void,
  ) => void;

  function compressingNext(): { handler: Handler; calls: () => number } {
    const page = fakeNext({ body: (call) => `call ${call} ${"news ".repeat(400)}</p>` });
    const compress = compression();
    return { handler: (req, res) => compress(req, res, () => page.handler(req, res)), calls: page.calls };
  }

  it("gives a gzip-compressed page only to clients that asked for gzip", async () => {
    const site = await startSite(new ResponseCache(), compressingNext());

    const gzip = await request(`${site.url}/world`, { "Accept-Encoding": "gzip" });
    const plain = await request(`${site.url}/world`);

    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toMatch(/^<p>\/world call 2 news/);
  });

  // Bug: keyFor only tells gzip from "anything else", but Next's compression also answers
  // `Accept-Encoding: deflate` with a deflate body. That body is kept under the same key as a
  // request without Accept-Encoding, which then gets `content-encoding: deflate` it never asked for.
  it("gives a deflate-compressed page only to clients that asked for deflate", async () => {
    const site = await startSite(new ResponseCache(), compressingNext());

    const deflate = await request(`${site.url}/world`, { "Accept-Encoding": "deflate" });
    const plain = await request(`${site.url}/world`);

    expect(deflate.headers["content-encoding"]).toBe("deflate");
    expect(plain.headers["content-encoding"]).toBeUndefined();
  });
});
