import type http from "node:http";
import { pathShape } from "./path-shape";

/** Next's own limit for server-action bodies (serverActions.bodySizeLimit, 1 MB by default). */
export const MAX_BODY_BYTES = 1024 * 1024;

const TOO_LARGE_PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Too large</title>
<main><h1>What you sent is too large</h1><p>Comments can be at most 5,000 characters, and messages with a shared story 300. Please go back, shorten what you wrote and try again.</p></main></html>`;

const plain = { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" };

/**
 * Requests no page of ours can answer well, answered before Next sees them: a broken address
 * (400), an address no route has (404, kept out of the page cache), a body of unstated
 * length (411) or one over Next's limit (413). Next would answer the first and the last two
 * with a 500. Returns whether it answered.
 */
export function answerEarly(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  render404: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>,
): boolean {
  const shape = pathShape(req.url);
  if (shape === "malformed") {
    res.writeHead(400, plain);
    res.end("Bad request: the address is not valid.");
    return true;
  }
  if (shape === "impossible") {
    res.statusCode = 404;
    void render404(req, res);
    return true;
  }
  // Browsers always say how long a form post is; a chunked one would pass the size check.
  if (req.headers["transfer-encoding"] !== undefined && req.headers["content-length"] === undefined) {
    res.writeHead(411, { ...plain, connection: "close" });
    res.end("Length required: send the body with a Content-Length.");
    req.resume();
    return true;
  }
  if (Number(req.headers["content-length"] ?? 0) > MAX_BODY_BYTES) {
    res.writeHead(413, { ...plain, "content-type": "text/html; charset=utf-8", connection: "close" });
    res.end(TOO_LARGE_PAGE);
    req.resume();
    return true;
  }
  return false;
}
