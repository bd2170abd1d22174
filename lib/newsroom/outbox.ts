import { recordAudit } from "../audit/record-audit";
import type { Database } from "../database/create-client";
import { outboxStatuses, type OutboxStatus } from "../statuses";
import { authorize, type Staff } from "../auth/roles";
import { Refusal } from "../errors";

export const OUTBOX_PAGE_SIZE = 50;

/** The emails the site sent or tried to send, newest first, optionally of one status. */
export async function listOutbox(
  db: Database,
  staff: Staff | null,
  { status, page }: { status: OutboxStatus | null; page: number },
) {
  authorize(staff, "outbox");
  const where = status ? { status } : {};
  const [messages, total, grouped] = await Promise.all([
    db.outboxMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
      select: {
        id: true,
        toAddress: true,
        subject: true,
        status: true,
        attempts: true,
        lastError: true,
        createdAt: true,
        sentAt: true,
        nextAttemptAt: true,
      },
    }),
    db.outboxMessage.count({ where }),
    db.outboxMessage.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const counts = Object.fromEntries(outboxStatuses.map((name) => [name, 0])) as Record<OutboxStatus, number>;
  for (const group of grouped) counts[group.status] = group._count._all;
  return { messages, counts, pageCount: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)) };
}

/** One email as it was (or will be) sent, with the links of account emails hidden. */
export async function getOutboxMessage(db: Database, staff: Staff | null, id: number) {
  authorize(staff, "outbox");
  const message = await db.outboxMessage.findUnique({ where: { id } });
  if (!message) return null;
  return { ...message, text: withoutAccountLinks(message.text), html: withoutAccountLinks(message.html) };
}

// A reset or invitation link signs in as its recipient: an editor reading the outbox must not
// be able to take over an admin's account with it.
const ACCOUNT_LINK = /(\/admin\/(?:reset-password|invitation)\/)[A-Za-z0-9_-]+/g;

/** The text with every reset and invitation token replaced by a note. */
export function withoutAccountLinks(text: string): string {
  return text.replace(ACCOUNT_LINK, "$1[hidden: the link opens the account]");
}

/** Puts a failed email back in the queue for a fresh round of attempts. */
export async function retryOutboxMessage(db: Database, staff: Staff | null, id: number): Promise<void> {
  authorize(staff, "outbox");
  await db.$transaction(async (tx) => {
    const { count } = await tx.outboxMessage.updateMany({
      where: { id, status: "failed" },
      data: { status: "queued", attempts: 0, nextAttemptAt: new Date(), lockedUntil: null, lockedBy: null },
    });
    if (count === 0) throw new Refusal("email-not-failed");
    await recordAudit(tx, staff, { action: "email.retry", subjectId: id, summary: `email ${id}` });
  });
}
