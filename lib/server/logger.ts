import pino from "pino";

/**
 * Structured JSON lines for the server and its background work. Request lines carry the
 * request id (X-Request-Id from the proxy, or one of ours), method, path, status and time:
 * never the visitor's address, query string, cookies or anything they wrote.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL || "info",
  base: undefined,
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
});
