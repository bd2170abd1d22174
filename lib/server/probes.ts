import type http from "node:http";
import { logger } from "./logger";

/**
 * /healthz: the process answers. /readyz: it should get traffic, 503 while `readinessProblems`
 * names anything. Neither says why not: the reasons go to the log only. Returns whether it answered.
 */
export function answerProbe(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  readinessProblems: () => Promise<string[]>,
): boolean {
  const path = req.url?.split("?")[0];
  if (path !== "/healthz" && path !== "/readyz") return false;
  const reply = (status: number, text: string) => {
    res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
    res.end(text);
  };
  if (path === "/healthz") reply(200, "ok");
  else
    readinessProblems()
      .then((problems) => {
        if (problems.length) logger.warn({ problems }, "not ready");
        reply(problems.length ? 503 : 200, problems.length ? "not ready" : "ready");
      })
      .catch(() => reply(503, "not ready"));
  return true;
}
