import http from "node:http";
import { buffer } from "node:stream/consumers";
import { isOwnOrigin } from "./form-origins";
import { logger } from "./logger";
import { answerWithPlainPage, type PlainPage } from "./plain-page";

const FOREIGN_ORIGIN: PlainPage = {
  title: "Refused",
  heading: "This form was sent from another site",
  text: "Forms on this site can only be sent from its own pages. Please open the page here and send the form from it.",
};

const UNREADABLE: PlainPage = {
  title: "Bad request",
  heading: "What you sent could not be read",
  text: "The form arrived incomplete or in a shape this site does not understand. Please go back and send it again.",
};

/**
 * Form posts Next would answer with a 500, refused before Next sees them. Next reads a POST
 * to a page as a server action when it has a Next-Action header (JavaScript) or a form
 * content type (a form sent without JavaScript); then
 * - a foreign Origin (another host or port, `null`, not a URL) gets 403: Next refuses it
 *   too, but as a server error;
 * - a body Next cannot read gets 400: multipart that does not parse (no boundary, cut off,
 *   junk), and a Next-Action post whose arguments are not what React sends (a JSON list,
 *   as the body itself or as the multipart field "0").
 * A body that passes is handed to Next byte for byte. Route handlers under /api/ read their
 * own bodies and are left alone, as is every other request.
 *
 * Resolves to the request Next should read (a replay of the original when its body was read
 * here), or null when it answered or the visitor went away.
 */
export async function screenPost(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  allowedOrigins: string[],
): Promise<http.IncomingMessage | null> {
  if (req.method !== "POST" || req.url?.startsWith("/api/")) return req;
  const kind = formKind(req);
  if (!kind) return req;
  if (!isOwnOrigin(req, allowedOrigins)) {
    refuse(res, 403, FOREIGN_ORIGIN, "foreign origin", { connection: "close" });
    req.resume();
    return null;
  }
  // Next never reads a urlencoded post (it renders the page, or answers a Next-Action one 404).
  if (kind === "urlencoded") return req;
  // answerEarly has refused bodies of unstated length and those over Next's limit, so at most
  // that much is held here.
  const body = await buffer(req).catch(() => null);
  if (!body) return null; // the connection closed mid-body: there is no one to answer
  if (!(await isReadable(body, req))) {
    refuse(res, 400, UNREADABLE, "unreadable body");
    return null;
  }
  return new ReplayedRequest(req, body);
}

/** How Next would read this POST (next/dist/server/lib/server-action-request-meta.js), or null for not a form. */
function formKind(req: http.IncomingMessage): "multipart" | "urlencoded" | "action" | null {
  const contentType = req.headers["content-type"];
  if (contentType?.startsWith("multipart/form-data")) return "multipart";
  if (contentType === "application/x-www-form-urlencoded") return "urlencoded";
  return req.headers["next-action"] !== undefined ? "action" : null;
}

async function isReadable(body: Buffer, req: http.IncomingMessage): Promise<boolean> {
  const contentType = req.headers["content-type"] ?? "";
  const isAction = req.headers["next-action"] !== undefined;
  if (!contentType.startsWith("multipart/form-data"))
    return !isAction || isArgumentList(body.toString("utf8"));
  let form: FormData;
  try {
    // The parser Next itself uses for a form sent without JavaScript (undici's), on a copy.
    form = await new Request("http://screen.invalid/", {
      method: "POST",
      headers: { "content-type": contentType },
      body: body as Buffer<ArrayBuffer>, // read from a socket: never a SharedArrayBuffer
    }).formData();
  } catch {
    return false;
  }
  const root = form.get("0");
  return !isAction || (typeof root === "string" && isArgumentList(root));
}

/** React's encodeReply always sends an action's arguments as a JSON list. */
function isArgumentList(json: string): boolean {
  try {
    return Array.isArray(JSON.parse(json));
  } catch {
    return false;
  }
}

/** Answers with the plain page, and one log line saying why: never who sent it or what. */
function refuse(
  res: http.ServerResponse,
  status: number,
  page: PlainPage,
  reason: string,
  headers: http.OutgoingHttpHeaders = {},
): void {
  logger.info({ req: res.getHeader("x-request-id"), status, reason }, "form post refused");
  answerWithPlainPage(res, status, page, headers);
}

/**
 * The original request again, its body already read here: Next reads this one instead.
 * It shares the original's headers, so what our server adds to them later reaches Next.
 */
class ReplayedRequest extends http.IncomingMessage {
  constructor(original: http.IncomingMessage, body: Buffer) {
    super(original.socket);
    this.method = original.method;
    this.url = original.url;
    this.headers = original.headers;
    this.rawHeaders = original.rawHeaders;
    this.httpVersion = original.httpVersion;
    this.httpVersionMajor = original.httpVersionMajor;
    this.httpVersionMinor = original.httpVersionMinor;
    this.complete = true;
    this.push(body);
    this.push(null);
  }

  /** The whole body is already here: nothing to ask of the socket, which the original owns. */
  override _read(): void {}
}
