import { randomBytes, randomUUID } from "node:crypto";
import http from "node:http";
import { Redis } from "ioredis";
import next from "next";
import { REVALIDATED_CHANNEL } from "../cache/redis-cache-handler.mjs";
import type { RevalidateRequest } from "../cache/revalidate-again";
import { clientAddress, CLIENT_ADDRESS_HEADER } from "./client-address";
import { logger } from "./logger";
import { answerEarly } from "./early-answers";
import { settleFinalStatus } from "./final-status";
import { allowedFormOrigins } from "./form-origins";
import { screenPost } from "./post-screen";
import { answerProbe } from "./probes";
import { ResponseCache } from "./response-cache";
import { loggableError } from "./loggable-error";
import { processState } from "./process-state";
import { applySecurityHeaders, isHttpsSite, securityHeaders } from "./security-headers";
import { openStatusSlot } from "./status-slots";

/** How long a draining server still takes connections, answering each with Connection: close. */
const DRAIN_GRACE_MS = 1000;

/** Longer than any proxy's idle upstream timeout (deploy/nginx.conf: 60 s), so the proxy closes first. */
const KEEP_ALIVE_MS = 65_000;

export type RunningServer = {
  server: http.Server;
  /** Marks cached pages stale from inside this process, outside any request. */
  revalidate: (body: RevalidateRequest) => Promise<void>;
  /** Readiness turns 503, the listener closes, in-flight requests finish; resolves when they have. */
  drain: () => Promise<void>;
};

export type ServerOptions = {
  port: number;
  hostname: string;
  trustProxy: boolean;
  dir?: string;
  /** Set when this is one of several instances: revalidations announced there empty our response cache. */
  redisUrl?: string;
  /** Cached pages answered from memory in front of Next (off only to measure Next alone). */
  responseCache?: boolean;
  /** 503 from /readyz while any of these is named (lib/server/readiness.ts). */
  readinessProblems?: () => Promise<string[]>;
  /** SITE_URL as configured: forms may be posted from it, and HSTS is sent when it is https. */
  siteUrl?: string;
};

/** A proxy's X-Request-Id when it looks like one, else our own: every log line of a request carries it. */
function requestIdOf(req: http.IncomingMessage): string {
  const given = req.headers["x-request-id"];
  return typeof given === "string" && /^[\w.-]{8,64}$/.test(given) ? given : randomUUID();
}

function failed(res: http.ServerResponse, requestId: string, error: unknown) {
  logger.error({ req: requestId, err: loggableError(error) }, "request failed");
  if (!res.headersSent) {
    res.statusCode = 500;
    res.end("Internal Server Error");
  }
}

/**
 * Serves the production build through Next's request handler, adding what `next start`
 * cannot: security headers on every answer, health and readiness, early answers to impossible
 * requests, a response cache in front of Next for cached pages, refusals of form posts from
 * other sites or with unreadable bodies, honest statuses for refused posts and database
 * outages, request logs, and a graceful drain.
 */
export async function startHttpServer({
  port,
  hostname,
  trustProxy,
  dir = process.cwd(),
  redisUrl,
  responseCache = true,
  readinessProblems = async () => [],
  siteUrl,
}: ServerOptions): Promise<RunningServer> {
  const app = next({ dev: false, dir, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const responses = new ResponseCache();
  // Set first on every response, so our own answers carry them as Next's pages do (HSTS only
  // here: Next's copy of the list is fixed when the site is built, SITE_URL is read at start).
  const headers = securityHeaders({ https: isHttpsSite(siteUrl) });
  const formOrigins = allowedFormOrigins(siteUrl);
  let draining = false;
  const ready = () => (draining ? Promise.resolve(["draining"]) : readinessProblems());

  const server = http.createServer((req, res) => {
    const started = performance.now();
    const requestId = requestIdOf(req);
    res.setHeader("x-request-id", requestId);
    res.once("finish", () => {
      logger.info({
        req: requestId,
        method: req.method,
        path: req.url?.split("?")[0],
        status: res.statusCode,
        ms: Math.round((performance.now() - started) * 10) / 10,
      });
    });
    applySecurityHeaders(res, headers);
    if (draining) res.setHeader("connection", "close");

    if (answerProbe(req, res, ready)) return;
    if (answerEarly(req, res, (req, res) => app.render404(req, res))) return;

    const cacheKey = responseCache ? responses.keyFor(req) : null;
    if (cacheKey && responses.serve(cacheKey, req, res)) return;
    if (cacheKey) responses.record(cacheKey, res);
    // A form post or a revalidation may have changed any page: nothing older is served after it.
    if (req.method !== "GET" && req.method !== "HEAD") res.once("finish", () => responses.clear());

    if (req.method !== "POST") toNext(req, res, requestId);
    else
      screenPost(req, res, formOrigins).then(
        (screened) => screened && toNext(screened, res, requestId),
        (error: unknown) => failed(res, requestId, error),
      );
  });
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1000;

  /** The last steps: the visitor's address, the status slot, then Next's own handling. */
  function toNext(req: http.IncomingMessage, res: http.ServerResponse, requestId: string) {
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req, trustProxy);
    req.headers["x-request-id"] = requestId;
    settleFinalStatus(res, openStatusSlot(req, res));
    handle(req, res).catch((error: unknown) => failed(res, requestId, error));
  }

  await new Promise<void>((resolve) => server.listen(port, hostname, resolve));

  // Another instance's revalidation (lib/cache/redis-cache-handler.mjs) empties our response cache too.
  const subscriber = redisUrl ? new Redis(redisUrl, { maxRetriesPerRequest: null }) : undefined;
  if (subscriber) {
    subscriber.on("error", (error) => logger.warn({ err: error.message }, "redis subscriber"));
    subscriber.on("message", () => responses.clear());
    await subscriber.subscribe(REVALIDATED_CHANNEL);
  }

  // Writers inside this process that run outside a request (scheduled publishing) mark pages
  // stale through Next's own revalidation route, with a token only this process knows.
  const token = randomBytes(32).toString("hex");
  processState.startToken = token;
  const local = hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname;
  const revalidate: RunningServer["revalidate"] = async (body) => {
    await fetch(`http://${local.includes(":") ? `[${local}]` : local}:${port}/api/revalidate`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    })
      .then((response) => {
        if (!response.ok) logger.error({ status: response.status }, "revalidation refused");
      })
      .catch((error: unknown) => logger.error({ err: loggableError(error) }, "revalidation failed"));
  };
  processState.revalidate = revalidate;
  // Content may have changed while no server was running (imports, restores).
  await revalidate({ everything: true });

  const drain = async () => {
    draining = true;
    // For a moment /readyz says 503 and every answer closes its connection, while requests
    // already on their way are still taken: Node's close() would reset a connection that was
    // accepted but whose request is not read yet, as it does idle keep-alive ones.
    await new Promise((resolve) => setTimeout(resolve, DRAIN_GRACE_MS));
    // Then it stops accepting and closes idle connections; busy ones close after their response.
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await subscriber?.quit().catch(() => undefined);
  };
  return { server, revalidate, drain };
}
