import type { Database, Transaction } from "../database/create-client";
import type { AuditAction } from "./audit-actions";

/** Who did it: a member of staff, or the server's own work under a name ("Command line"). */
export type AuditActor = { id: string; name: string } | { system: string };

/** One line of the log; the summary is cut to a line a person reads. */
export type AuditEntry = { action: AuditAction; subjectId?: string | number | null; summary: string };

const SUMMARY_MAX = 300;

/**
 * Records what someone did, in the transaction that does it: the log cannot claim a change
 * that was rolled back, nor miss one that was made.
 */
export async function recordAudit(
  tx: Transaction | Database,
  actor: AuditActor,
  entries: AuditEntry | AuditEntry[],
  at: Date = new Date(),
): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  const [actorId, actorName] = "system" in actor ? [null, actor.system] : [actor.id, actor.name];
  await tx.auditEvent.createMany({
    data: list.map((entry) => ({
      createdAt: at,
      actorId,
      actorName,
      action: entry.action,
      subjectId: entry.subjectId == null ? null : String(entry.subjectId),
      summary:
        entry.summary.length > SUMMARY_MAX ? `${entry.summary.slice(0, SUMMARY_MAX - 1)}…` : entry.summary,
    })),
  });
}
