import type { Database } from "../database/create-client";

/** What the worker needs of nodemailer: send one message, or throw with SMTP's responseCode. */
export type MailTransport = {
  sendMail(mail: {
    from: string;
    to: string;
    replyTo?: string;
    subject: string;
    text: string;
    html: string;
    messageId: string;
    envelope: { from: string; to: string[] };
  }): Promise<unknown>;
};

export type DeliveryOptions = {
  workerId: string;
  batchSize?: number;
  /** How long a claimed row belongs to this worker; a row whose worker died is taken again after it. */
  leaseMs?: number;
  maxAttempts?: number;
  now?: Date;
  random?: () => number;
};

export type DeliveryReport = { sent: number; retried: number; failed: number };

const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 60 * 60_000;

/** Exponential backoff with ±20 % jitter: 30 s, 1 min, 2 min … capped at an hour. */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const delay = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(delay * (0.8 + 0.4 * random()));
}

/** SMTP 5xx answers are final; 4xx answers, timeouts and refused connections are worth retrying. */
export function isPermanentFailure(error: unknown): boolean {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

function bareAddress(from: string): string {
  return /<([^<>]+)>\s*$/.exec(from)?.[1] ?? from;
}

/**
 * Sends the outbox rows that are due, one claimed row at a time. A row is claimed by a
 * conditional update (only one worker can win it), marked sent as soon as the SMTP server
 * accepts it, retried with backoff on temporary failures and marked failed on permanent ones.
 */
export async function deliverDueMessages(
  db: Database,
  transport: MailTransport,
  options: DeliveryOptions,
): Promise<DeliveryReport> {
  const { workerId, batchSize = 20, leaseMs = 120_000, maxAttempts = 10, random = Math.random } = options;
  const now = options.now ?? new Date();
  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0 };
  const claimable = {
    status: "queued" as const,
    nextAttemptAt: { lte: now },
    OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
  };

  const due = await db.outboxMessage.findMany({
    where: claimable,
    orderBy: { id: "asc" },
    take: batchSize,
    select: { id: true },
  });
  for (const { id } of due) {
    const claim = await db.outboxMessage.updateMany({
      where: { id, ...claimable },
      data: { lockedUntil: new Date(now.getTime() + leaseMs), lockedBy: workerId },
    });
    if (claim.count === 0) continue; // another worker took it

    const message = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    const attempts = message.attempts + 1;
    try {
      await transport.sendMail({
        from: message.fromAddress,
        to: message.toAddress,
        replyTo: message.replyTo ?? undefined,
        subject: message.subject,
        text: message.text,
        html: message.html,
        messageId: message.messageId,
        // The envelope names exactly one recipient, whatever the headers might say.
        envelope: { from: bareAddress(message.fromAddress), to: [message.toAddress] },
      });
      await db.outboxMessage.update({
        where: { id },
        data: { status: "sent", sentAt: new Date(), attempts, lockedUntil: null, lastError: null },
      });
      report.sent++;
    } catch (error) {
      const answer = String((error as Error).message ?? error).slice(0, 500);
      const final = isPermanentFailure(error) || attempts >= maxAttempts;
      await db.outboxMessage.update({
        where: { id },
        data: final
          ? { status: "failed", attempts, lockedUntil: null, lastError: answer }
          : {
              attempts,
              lockedUntil: null,
              lastError: answer,
              nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts, random)),
            },
      });
      if (final) report.failed++;
      else report.retried++;
    }
  }
  return report;
}
