import type http from "node:http";

export type PlainPage = { title: string; heading: string; text: string };

/**
 * The page our server answers with when it refuses a request itself, before Next: a few lines
 * of HTML that need no script, style or database, never stored by anyone. The words are ours,
 * never the visitor's, so nothing here needs escaping.
 */
export function answerWithPlainPage(
  res: http.ServerResponse,
  status: number,
  { title, heading, text }: PlainPage,
  headers: http.OutgoingHttpHeaders = {},
): void {
  res.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    ...headers,
  });
  res.end(`<!doctype html><html lang="en"><meta charset="utf-8"><title>${title}</title>
<main><h1>${heading}</h1><p>${text}</p></main></html>`);
}
