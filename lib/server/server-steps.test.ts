import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { noteDatabaseFailure, noteDatabaseSuccess } from "../database/unavailable";
import { answerEarly, MAX_BODY_BYTES, MAX_NEWSROOM_BODY_BYTES } from "./early-answers";
import { settleFinalStatus } from "./final-status";
import { answerProbe } from "./probes";
import { applySecurityHeaders, isHttpsSite, securityHeaders } from "./security-headers";

/** A loopback server whose every request is answered by `answer`; returns its address and a stop. */
async function serve(answer: (req: http.IncomingMessage, res: http.ServerResponse) => void) {
  const server = http.createServer(answer);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(resolve)) };
}

let stop: () => Promise<unknown> = async () => undefined;
afterEach(async () => {
  noteDatabaseSuccess();
  await stop();
});

describe("settleFinalStatus", () => {
  it("gives a refused post the status its action chose, and leaves other statuses alone", async () => {
    let chosen: number | undefined = 429;
    let status = 200;
    const running = await serve((_req, res) => {
      settleFinalStatus(res, () => chosen);
      res.statusCode = status;
      res.end("answer");
    });
    stop = running.stop;
    expect((await fetch(running.url)).status).toBe(429);
    chosen = undefined;
    expect((await fetch(running.url)).status).toBe(200);
    chosen = 422;
    status = 404;
    expect((await fetch(running.url)).status).toBe(404);
  });

  it("turns a 500 into a 503 with Retry-After only while the database is unreachable", async () => {
    const running = await serve((_req, res) => {
      settleFinalStatus(res, () => undefined);
      res.writeHead(500);
      res.end();
    });
    stop = running.stop;
    expect((await fetch(running.url)).status).toBe(500);
    noteDatabaseFailure({ code: "ECONNREFUSED" });
    const down = await fetch(running.url);
    expect(down.status).toBe(503);
    expect(down.headers.get("retry-after")).toBe("30");
  });

  it("sends one Location where two were set", async () => {
    const running = await serve((_req, res) => {
      settleFinalStatus(res, () => undefined);
      res.setHeader("location", ["/first", "/second"]);
      res.writeHead(303);
      res.end();
    });
    stop = running.stop;
    const response = await fetch(running.url, { redirect: "manual" });
    expect(response.headers.get("location")).toBe("/first");
  });
});

describe("answerEarly", () => {
  const answered: string[] = [];
  const start = async () => {
    const running = await serve((req, res) => {
      if (answerEarly(req, res, async (_req, res) => void res.end("not found"))) answered.push(req.url!);
      else res.end("to Next");
    });
    stop = running.stop;
    return running.url;
  };

  it("answers broken addresses, bodies of unstated length and oversized bodies itself", async () => {
    const url = await start();
    expect((await fetch(`${url}/world/%ff%fe`)).status).toBe(400);
    expect((await fetch(`${url}/world`)).status).toBe(200);
    const chunked = await fetch(`${url}/world`, {
      method: "POST",
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode("a"));
          controller.close();
        },
      }),
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBe(411);
    const huge = await fetch(`${url}/world`, { method: "POST", body: "x".repeat(MAX_BODY_BYTES + 1) });
    expect(huge.status).toBe(413);
    // The three early answers; the plain GET went on to Next.
    expect(answered).toEqual(["/world/%ff%fe", "/world", "/world"]);
  });

  it("lets the newsroom post a photograph of up to 16 MB, and no more", async () => {
    const url = await start();
    const photo = "x".repeat(MAX_BODY_BYTES * 2);
    expect((await fetch(`${url}/admin/stories/1`, { method: "POST", body: photo })).status).toBe(200);
    expect((await fetch(`${url}/world`, { method: "POST", body: photo })).status).toBe(413);
    const tooLarge = "x".repeat(MAX_NEWSROOM_BODY_BYTES + 1);
    expect((await fetch(`${url}/admin/stories/1`, { method: "POST", body: tooLarge })).status).toBe(413);
  });
});

describe("security headers on the server's own answers", () => {
  /** The first steps of lib/server/http-server.ts, in its order, in front of a stand-in for Next. */
  const start = async (siteUrl: string | undefined, ready = true) => {
    const headers = securityHeaders({ https: isHttpsSite(siteUrl) });
    const running = await serve((req, res) => {
      applySecurityHeaders(res, headers);
      if (answerProbe(req, res, async () => (ready ? [] : ["database"]))) return;
      if (answerEarly(req, res, async (_req, res) => void res.end("Next's 404 page"))) return;
      res.end("to Next");
    });
    stop = running.stop;
    return running.url;
  };

  /** Each answer our server writes itself, by the request that gets it. */
  const earlyAnswers = (url: string): Array<[string, number, () => Promise<Response>]> => [
    ["broken address", 400, () => fetch(`${url}/world/%ff%fe`)],
    ["impossible address", 404, () => fetch(`${url}/${"a".repeat(200)}`)],
    [
      "chunked post",
      411,
      () =>
        fetch(`${url}/world`, {
          method: "POST",
          body: new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode("a"));
              controller.close();
            },
          }),
          duplex: "half",
        } as RequestInit),
    ],
    [
      "oversized post",
      413,
      () => fetch(`${url}/world`, { method: "POST", body: "x".repeat(MAX_BODY_BYTES + 1) }),
    ],
    ["health check", 200, () => fetch(`${url}/healthz`)],
    ["readiness check", 200, () => fetch(`${url}/readyz`)],
  ];

  it("puts the whole set on every early answer and probe", async () => {
    const url = await start(undefined);
    for (const [name, status, send] of earlyAnswers(url)) {
      const response = await send();
      expect(response.status, name).toBe(status);
      const csp = response.headers.get("content-security-policy");
      expect(csp, name).toContain("frame-ancestors 'none'");
      expect(csp, name).toContain("default-src 'self'");
      expect(response.headers.get("x-content-type-options"), name).toBe("nosniff");
      expect(response.headers.get("x-frame-options"), name).toBe("DENY");
      expect(response.headers.get("referrer-policy"), name).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("permissions-policy"), name).toContain("camera=()");
      expect(response.headers.get("cross-origin-opener-policy"), name).toBe("same-origin");
      expect(response.headers.get("strict-transport-security"), name).toBeNull();
    }
  });

  it("puts it on a failed readiness check too", async () => {
    const url = await start(undefined, false);
    const response = await fetch(`${url}/readyz`);
    expect(response.status).toBe(503);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("adds HSTS only when SITE_URL is https", async () => {
    for (const [siteUrl, hsts] of [
      ["https://news.example", true],
      ["http://news.example", false],
      [undefined, false],
    ] as const) {
      const url = await start(siteUrl);
      for (const [name, , send] of earlyAnswers(url)) {
        const value = (await send()).headers.get("strict-transport-security");
        if (hsts) expect(value, `${name} for ${siteUrl}`).toMatch(/^max-age=\d{7,}/);
        else expect(value, `${name} for ${siteUrl}`).toBeNull();
      }
      await stop();
    }
  });
});
