import type { Database } from "../database/create-client";
import { isBlocked } from "../sharing/block-recipient";

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
  /**
   * How long a claimed row belongs to this worker; a row whose worker died is taken again
   * after it. It must outlast one SMTP conversation (see the transport's timeouts).
   */
  leaseMs?: number;
  /** Temporary failures are retried until a message is this old, as mail servers do. */
  maxAgeMs?: number;
  now?: Date;
  random?: () => number;
};

export type DeliveryReport = { sent: number; retried: number; failed: number };

const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 60 * 60_000;
/** One claim: longer than the SMTP transport's timeouts together (lib/email/outbox-worker.ts). */
export const LEASE_MS = 5 * 60_000;
/** An SMTP outage shorter than this loses nothing; older mail is given up after its fifth try. */
export const MAX_AGE_MS = 5 * 24 * 60 * 60_000;
const MIN_ATTEMPTS = 5;
export const BLOCKED_RECIPIENT_NOTE = "Not sent: the recipient has since blocked shared stories.";

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
 * accepts it, retried with backoff on temporary failures (for up to five days, so an SMTP
 * outage loses nothing) and marked failed on permanent ones.
 */
export async function deliverDueMessages(
  db: Database,
  transport: MailTransport,
  options: DeliveryOptions,
): Promise<DeliveryReport> {
  const {
    workerId,
    batchSize = 20,
    leaseMs = LEASE_MS,
    maxAgeMs = MAX_AGE_MS,
    random = Math.random,
  } = options;
  const clock = () => options.now ?? new Date();
  const now = clock();
  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0 };
  const unheldAt = (at: Date) => ({ OR: [{ lockedUntil: null }, { lockedUntil: { lt: at } }] });
  const claimable = { status: "queued" as const, nextAttemptAt: { lte: now }, ...unheldAt(now) };

  const due = await db.outboxMessage.findMany({
    where: claimable,
    orderBy: { id: "asc" },
    take: batchSize,
    select: { id: true },
  });
  for (const { id } of due) {
    // Each claim runs from its own moment: earlier rows of the batch may have taken minutes.
    const claimedAt = clock();
    const claim = await db.outboxMessage.updateMany({
      where: { id, ...claimable, nextAttemptAt: { lte: claimedAt } },
      data: { lockedUntil: new Date(claimedAt.getTime() + leaseMs), lockedBy: workerId },
    });
    if (claim.count === 0) continue; // another worker took it
    const heldByThisWorker = { id, lockedBy: workerId, status: "queued" as const };

    const message = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    const attempts = message.attempts + 1;
    // A block is honoured before every send, also for shares queued before it was made.
    if (message.shareId !== null && (await isBlocked(db, message.toAddress))) {
      const marked = await db.outboxMessage.updateMany({
        where: heldByThisWorker,
        data: { status: "failed", lockedUntil: null, lastError: BLOCKED_RECIPIENT_NOTE },
      });
      report.failed += marked.count;
      continue;
    }
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
      const sent = { status: "sent" as const, sentAt: new Date(), lockedUntil: null, lastError: null };
      const marked = await db.outboxMessage.updateMany({
        where: heldByThisWorker,
        data: { ...sent, attempts },
      });
      if (marked.count === 0) {
        // The lease ran out during the conversation and another worker took the row: what it
        // wrote stands. Only a row it left waiting for a retry is marked sent, since the
        // server has accepted this copy and a retry would deliver the message again.
        await db.outboxMessage.updateMany({
          where: { id, status: "queued", ...unheldAt(clock()) },
          data: { ...sent, attempts: { increment: 1 } },
        });
      }
      report.sent++;
    } catch (error) {
      const answer = String((error as Error).message ?? error).slice(0, 500);
      const failedAt = clock();
      // Old mail still gets a few tries after a newsroom Retry, which resets the attempts.
      const final =
        isPermanentFailure(error) ||
        (failedAt.getTime() - message.createdAt.getTime() >= maxAgeMs && attempts >= MIN_ATTEMPTS);
      // Only while the claim is still ours: past the lease another worker may have sent it.
      const marked = await db.outboxMessage.updateMany({
        where: heldByThisWorker,
        data: final
          ? { status: "failed", attempts, lockedUntil: null, lastError: answer }
          : {
              attempts,
              lockedUntil: null,
              lastError: answer,
              nextAttemptAt: new Date(failedAt.getTime() + retryDelayMs(attempts, random)),
            },
      });
      if (final) report.failed += marked.count;
      else report.retried += marked.count;
    }
  }
  return report;
}
