import type http from "node:http";
import { pathShape } from "./path-shape";
import { answerWithPlainPage } from "./plain-page";

/** Next's own limit for server-action bodies (serverActions.bodySizeLimit, 1 MB by default). */
export const MAX_BODY_BYTES = 1024 * 1024;
/**
 * The newsroom's limit (a photograph of up to 15 MB and its words); next.config.ts sets Next's
 * to the same. Readers' posts keep the 1 MB one: only paths under /admin/ get this.
 */
export const MAX_NEWSROOM_BODY_BYTES = 16 * 1024 * 1024;

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
    answerWithPlainPage(res, 400, {
      title: "Bad request",
      heading: "This address is not valid",
      text: "Part of the address could not be read. Please check the link, or start again from the front page.",
    });
    return true;
  }
  if (shape === "impossible") {
    res.statusCode = 404;
    void render404(req, res);
    return true;
  }
  // Browsers always say how long a form post is; a chunked one would pass the size check.
  if (req.headers["transfer-encoding"] !== undefined && req.headers["content-length"] === undefined) {
    answerWithPlainPage(
      res,
      411,
      {
        title: "Length required",
        heading: "Length required",
        text: "Send the body with a Content-Length.",
      },
      { connection: "close" },
    );
    req.resume();
    return true;
  }
  const limit = req.url?.startsWith("/admin/") ? MAX_NEWSROOM_BODY_BYTES : MAX_BODY_BYTES;
  if (Number(req.headers["content-length"] ?? 0) > limit) {
    answerWithPlainPage(
      res,
      413,
      {
        title: "Too large",
        heading: "What you sent is too large",
        text: "Comments can be at most 5,000 characters, and messages with a shared story 300. Please go back, shorten what you wrote and try again.",
      },
      { connection: "close" },
    );
    req.resume();
    return true;
  }
  return false;
}
