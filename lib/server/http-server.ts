import { randomBytes } from "node:crypto";
import http from "node:http";
import next from "next";
import { setRevalidateAgain, type RevalidateRequest } from "../cache/revalidate-again";
import { setStartToken } from "../cache/start-token";
import { databaseSeemsUnavailable } from "../database/unavailable";
import { clientAddress, CLIENT_IP_HEADER } from "./client-address";
import { pathShape } from "./path-shape";
import { openStatusSlot, STATUS_SLOT_HEADER, type StatusSlot } from "./status-slots";

/** Next's own limit for server-action bodies (serverActions.bodySizeLimit, 1 MB by default). */
const MAX_BODY_BYTES = 1024 * 1024;

const TOO_LARGE_PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Too large</title>
<main><h1>What you sent is too large</h1><p>Comments can be at most 5,000 characters, and messages with a shared story 300. Please go back, shorten what you wrote and try again.</p></main></html>`;

export type RunningServer = {
  server: http.Server;
  /** Marks cached pages stale from inside this process, outside any request. */
  revalidate: (body: RevalidateRequest) => Promise<void>;
};

export type ServerOptions = { port: number; hostname: string; trustProxy: boolean; dir?: string };

/**
 * Serves the production build through Next's request handler, adding what `next start`
 * cannot: a 503 (not 500) when a page failed because the database is unreachable.
 */
export async function startHttpServer({
  port,
  hostname,
  trustProxy,
  dir = process.cwd(),
}: ServerOptions): Promise<RunningServer> {
  const app = next({ dev: false, dir, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = http.createServer((req, res) => {
    const shape = pathShape(req.url);
    if (shape === "malformed") {
      // Next answers a path with broken %-escapes with a 500; it is the client's mistake.
      res.writeHead(400, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
      res.end("Bad request: the address is not valid.");
      return;
    }
    if (shape === "impossible") {
      // No page of ours has such an address. Answering here keeps it out of the page
      // cache, which would otherwise store a 404 under every made-up path.
      res.statusCode = 404;
      void app.render404(req, res);
      return;
    }
    if (req.headers["transfer-encoding"] !== undefined && req.headers["content-length"] === undefined) {
      // Browsers always say how long a form post is. A body of unstated length (chunked) would
      // pass the size check below and reach Next, which answers an over-long one with a 500.
      res.writeHead(411, {
        "content-type": "text/plain; charset=utf-8",
        "cache-control": "no-store",
        connection: "close",
      });
      res.end("Length required: send the body with a Content-Length.");
      req.resume();
      return;
    }
    if (Number(req.headers["content-length"] ?? 0) > MAX_BODY_BYTES) {
      // Next refuses bodies over its server-action limit with a 500; say what is wrong instead.
      res.writeHead(413, {
        "content-type": "text/html; charset=utf-8",
        "cache-control": "no-store",
        connection: "close",
      });
      res.end(TOO_LARGE_PAGE);
      req.resume();
      return;
    }
    req.headers[CLIENT_IP_HEADER] = clientAddress(req, trustProxy);
    delete req.headers[STATUS_SLOT_HEADER];
    let chosen: StatusSlot = {};
    if (req.method === "POST") {
      const opened = openStatusSlot(req);
      chosen = opened.slot;
      res.once("close", opened.close);
    }
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => http.ServerResponse;
    // Node routes implicit headers (res.end without writeHead) through writeHead too.
    res.writeHead = ((status: number, ...rest: unknown[]) => {
      // Next 16.4 sends a freshly rendered redirect's Location twice; one is the standard.
      const location = res.getHeader("location");
      if (Array.isArray(location)) res.setHeader("location", location[0]!);
      // A refused form post's own status (lib/server/status-slots.ts) replaces Next's 200.
      if (status === 200 && chosen.status) return writeHead(chosen.status, ...rest);
      if (status === 500 && databaseSeemsUnavailable()) {
        res.setHeader("Retry-After", "30");
        res.setHeader("Cache-Control", "no-store");
        return writeHead(503, ...rest);
      }
      return writeHead(status, ...rest);
    }) as typeof res.writeHead;
    handle(req, res).catch((error: unknown) => {
      console.error("request failed:", error);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.end("Internal Server Error");
      }
    });
  });

  await new Promise<void>((resolve) => server.listen(port, hostname, resolve));

  // Writers inside this process that run outside a request (scheduled publishing) mark pages
  // stale through Next's own revalidation route, with a token only this process knows.
  const token = randomBytes(32).toString("hex");
  setStartToken(token);
  const local = hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname;
  const revalidate: RunningServer["revalidate"] = async (body) => {
    await fetch(`http://${local.includes(":") ? `[${local}]` : local}:${port}/api/revalidate`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    })
      .then((response) => {
        if (!response.ok) console.error(`revalidation refused: HTTP ${response.status}`);
      })
      .catch((error: unknown) => console.error("revalidation failed:", error));
  };
  setRevalidateAgain(revalidate);
  // Content may have changed while no server was running (imports, restores).
  await revalidate({ everything: true });

  const stop = () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  return { server, revalidate };
}
