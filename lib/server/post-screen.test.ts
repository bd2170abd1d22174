import http from "node:http";
import type { AddressInfo } from "node:net";
import { buffer } from "node:stream/consumers";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { logger } from "./logger";
import { screenPost } from "./post-screen";

/** What a request came back with: status, body, and whether the stand-in for Next got it. */
type Answer = { status: number; body: Buffer; reachedNext: boolean };

let url: URL;
let server: http.Server;

beforeAll(async () => {
  // A stand-in for Next behind the screen: it echoes the body it reads, so a test can see
  // that what passes arrives byte for byte.
  server = http.createServer((req, res) => {
    void screenPost(req, res, ["news.example"]).then(async (forNext) => {
      if (!forNext) return;
      const body = await buffer(forNext);
      res.writeHead(200, { "x-reached-next": "yes" });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
afterEach(() => vi.restoreAllMocks());

/** A raw request, so Origin, Host and a broken body go out exactly as written. */
function send(
  method: string,
  path: string,
  headers: http.OutgoingHttpHeaders,
  body: string | Buffer = "",
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, path, headers }, (response) => {
      void buffer(response).then((answer) =>
        resolve({
          status: response.statusCode ?? 0,
          body: answer,
          reachedNext: response.headers["x-reached-next"] === "yes",
        }),
      );
    });
    request.on("error", reject);
    request.end(body);
  });
}

const STORY = "/world/a-story";
const BOUNDARY = "----WebKitFormBoundaryAbCdEf123";
const multipartType = `multipart/form-data; boundary=${BOUNDARY}`;

/** A multipart body of the given fields, closed properly unless `cut`. */
function multipart(fields: Record<string, string | Buffer>, cut = false): Buffer {
  const parts = Object.entries(fields).map(([name, value]) =>
    Buffer.concat([
      Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`),
      Buffer.from(value),
      Buffer.from("\r\n"),
    ]),
  );
  const whole = Buffer.concat([...parts, Buffer.from(`--${BOUNDARY}--\r\n`)]);
  return cut ? whole.subarray(0, whole.length - 30) : whole;
}

/** The fields a story's comment form sends without JavaScript. */
const noScriptForm = multipart({
  $ACTION_REF_3: "",
  "$ACTION_3:0": '{"id":"7fae614ce5008d72795f04fda3187eb0d38dac6f73","bound":"$@1"}',
  "$ACTION_3:1": '[{"status":"idle","values":{}}]',
  comment: "Grüße aus Köln \u{1F4F0}",
});
/** What React sends for a form with JavaScript: the arguments as field "0", the FormData as "1_". */
const scriptForm = multipart({ "0": '[{"status":"idle","values":{}},"$K1"]', "1_comment": "hello" });
const ownOrigin = () => url.origin;

describe("screenPost", () => {
  it("hands form posts from our own pages to Next byte for byte", async () => {
    const cases: Array<[string, http.OutgoingHttpHeaders, Buffer | string]> = [
      ["no-script form", { "content-type": multipartType, origin: ownOrigin() }, noScriptForm],
      [
        "script form",
        { "content-type": multipartType, origin: ownOrigin(), "next-action": "7fae61" },
        scriptForm,
      ],
      [
        "script action with a plain-text body",
        { "content-type": "text/plain;charset=UTF-8", origin: ownOrigin(), "next-action": "7fae61" },
        '["$undefined"]',
      ],
      [
        "a post from SITE_URL's host",
        { "content-type": multipartType, origin: "https://news.example" },
        noScriptForm,
      ],
      [
        "a post through a proxy naming the host",
        {
          "content-type": multipartType,
          origin: "https://proxy.example",
          "x-forwarded-host": "proxy.example",
        },
        noScriptForm,
      ],
      ["a post without an Origin", { "content-type": multipartType }, noScriptForm],
      [
        "a form file",
        { "content-type": multipartType, origin: ownOrigin() },
        multipart({ f: Buffer.from([0, 255, 13, 10, 45, 45]) }),
      ],
    ];
    for (const [name, headers, body] of cases) {
      const answer = await send("POST", STORY, headers, body);
      expect(answer.status, name).toBe(200);
      expect(answer.reachedNext, name).toBe(true);
      expect(answer.body.equals(Buffer.from(body)), name).toBe(true);
    }
  });

  it("leaves what is not a form post to a page alone", async () => {
    const evil = { origin: "https://evil.example" };
    for (const [method, path, headers, body] of [
      ["GET", STORY, evil, ""],
      ["POST", STORY, { ...evil, "content-type": "application/json" }, "{{{ not json"],
      ["POST", "/api/revalidate", { ...evil, "content-type": multipartType }, "junk"],
      ["POST", "/api/revalidate", { ...evil, "next-action": "abc" }, "junk"],
    ] as const) {
      const answer = await send(method, path, headers, body);
      expect(answer.reachedNext, `${method} ${path}`).toBe(true);
      expect(answer.body.toString(), `${method} ${path}`).toBe(body);
    }
  });

  it("refuses a form post from another origin with 403 and the plain page", async () => {
    const info = vi.spyOn(logger, "info");
    const error = vi.spyOn(logger, "error");
    const { port } = url;
    for (const origin of [
      "https://evil.example",
      "null",
      `http://127.0.0.1.evil.example:${port}`,
      `http://127.0.0.1:${Number(port) + 1}`,
      "https://news.example.evil.example",
      "not a url",
      "data:text/html,x",
    ]) {
      for (const headers of [
        { "content-type": multipartType },
        { "content-type": "application/x-www-form-urlencoded" },
        { "content-type": "text/plain;charset=UTF-8", "next-action": "7fae61" },
      ]) {
        const answer = await send("POST", STORY, { ...headers, origin }, noScriptForm);
        expect(answer.status, `${origin} ${headers["content-type"]}`).toBe(403);
        expect(answer.reachedNext).toBe(false);
        expect(answer.body.toString()).toContain("<h1>This form was sent from another site</h1>");
      }
    }
    expect(error).not.toHaveBeenCalled();
    // One line per refusal, with no address or anything sent.
    expect(info).toHaveBeenCalledTimes(21);
    expect(JSON.stringify(info.mock.calls)).not.toMatch(/127\.0\.0\.1|evil|Köln/);
    expect(info.mock.calls[0]![0]).toMatchObject({ status: 403, reason: "foreign origin" });
  });

  it("refuses a body Next could not read with 400 and the plain page", async () => {
    const error = vi.spyOn(logger, "error");
    const origin = ownOrigin();
    const action = { origin, "next-action": "7fae61" };
    const cases: Array<[string, http.OutgoingHttpHeaders, Buffer | string]> = [
      ["multipart without a boundary", { origin, "content-type": "multipart/form-data" }, noScriptForm],
      ["multipart cut off", { origin, "content-type": multipartType }, multipart({ a: "b" }, true)],
      ["multipart of junk", { origin, "content-type": multipartType }, "garbage garbage garbage"],
      ["an action with a junk body", { ...action, "content-type": "text/plain;charset=UTF-8" }, "garbage"],
      ["an action with no content type", action, "garbage"],
      ["an action whose arguments are no list", { ...action, "content-type": "text/plain" }, '{"a":1}'],
      [
        "an action without its arguments",
        { ...action, "content-type": multipartType },
        multipart({ "1_x": "y" }),
      ],
      [
        "an action with junk arguments",
        { ...action, "content-type": multipartType },
        multipart({ "0": "nope" }),
      ],
      ["an action in broken multipart", { ...action, "content-type": "multipart/form-data" }, "junk"],
    ];
    for (const [name, headers, body] of cases) {
      const answer = await send("POST", STORY, headers, body);
      expect(answer.status, name).toBe(400);
      expect(answer.reachedNext, name).toBe(false);
      expect(answer.body.toString(), name).toContain("<h1>What you sent could not be read</h1>");
    }
    expect(error).not.toHaveBeenCalled();
  });
});
