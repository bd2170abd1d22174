import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import nodemailer from "nodemailer";
import type { Database } from "../database/create-client";
import { loggableError } from "../server/loggable-error";
import { logger } from "../server/logger";
import { deliverDueMessages, type MailTransport } from "./deliver-outbox";

/**
 * A transport for SMTP_URL (smtp://user:pass@host:587); each message gets its own connection.
 * Its timeouts add up to well under the worker's claim on a row (LEASE_MS), so a slow server
 * cannot keep a conversation going after another worker has taken the row.
 */
export function smtpTransport(smtpUrl: string): MailTransport {
  return nodemailer.createTransport({
    url: smtpUrl,
    disableFileAccess: true,
    disableUrlAccess: true,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
}

/**
 * Polls the outbox every intervalMs and delivers what is due, until stop() is called.
 * Runs inside the web server by default, or alone with `npm run worker`.
 */
export function startOutboxWorker(db: Database, transport: MailTransport, { intervalMs = 2_000 } = {}) {
  const workerId = `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const tick = async () => {
    if (stopped) return;
    running = deliverDueMessages(db, transport, { workerId })
      .then((report) => {
        if (report.sent + report.retried + report.failed > 0) {
          logger.info({ worker: workerId, ...report }, "outbox batch");
        }
      })
      .catch((error: unknown) =>
        logger.error({ worker: workerId, err: loggableError(error) }, "outbox worker"),
      );
    await running;
    if (!stopped) timer = setTimeout(tick, intervalMs);
  };
  let timer = setTimeout(tick, 0);
  return {
    workerId,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
