import { createPrismaClient } from "../database/create-client";
import type { env as Env } from "../env";
import { logger } from "../server/logger";
import { smtpTransport, startOutboxWorker } from "./outbox-worker";

/**
 * Starts the outbox worker next to the web server unless OUTBOX_WORKER=off. Without SMTP_URL
 * nothing is sent: emails wait in the outbox, and are sent once SMTP_URL is set and a worker runs.
 */
export function startDelivery(env: typeof Env, { force = false } = {}) {
  if (!force && env.OUTBOX_WORKER === "off") return null;
  if (!env.SMTP_URL) {
    logger.info("SMTP_URL is not set: emails are kept in the outbox and not sent");
    return null;
  }
  const worker = startOutboxWorker(createPrismaClient(env.database), smtpTransport(env.SMTP_URL));
  logger.info({ worker: worker.workerId, smtp: new URL(env.SMTP_URL).host }, "outbox worker delivering");
  return worker;
}
