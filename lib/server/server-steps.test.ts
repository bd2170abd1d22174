import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { noteDatabaseFailure, noteDatabaseSuccess } from "../database/unavailable";
import { answerEarly, MAX_BODY_BYTES } from "./early-answers";
import { settleFinalStatus } from "./final-status";

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
});
