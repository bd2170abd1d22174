import type { Database } from "../database/create-client";
import { authorize, type Staff } from "../auth/roles";
import { auditActions, auditKindOf, isAuditAction, type AuditKind } from "./audit-actions";

export const AUDIT_PAGE_SIZE = 50;

/** One line of the log as the admin page shows it. */
export type AuditLine = {
  id: number;
  at: Date;
  who: string;
  action: string;
  kind: AuditKind | null;
  subjectId: string | null;
  summary: string;
};

/** The actions of one kind: the filter's `where`. */
function actionsOf(kind: AuditKind): string[] {
  return Object.keys(auditActions).filter((action) => isAuditAction(action) && auditKindOf(action) === kind);
}

/**
 * The audit log for admins, newest first, 50 a page, by kind of action and by who (a staff
 * account's id, or a name the server's own work goes by). Lines stay when an account is disabled.
 */
export async function listAuditEvents(
  db: Database,
  staff: Staff | null,
  { kind, who, page }: { kind: AuditKind | null; who: string | null; page: number },
) {
  authorize(staff, "settings");
  const where = {
    ...(kind ? { action: { in: actionsOf(kind) } } : {}),
    ...(who ? { OR: [{ actorId: who }, { actorId: null, actorName: who }] } : {}),
  };
  const [rows, total, people, systems] = await Promise.all([
    db.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
    db.auditEvent.count({ where }),
    db.user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, email: true } }),
    db.auditEvent.findMany({
      where: { actorId: null },
      distinct: ["actorName"],
      select: { actorName: true },
    }),
  ]);
  return {
    lines: rows.map((row): AuditLine => ({
      id: row.id,
      at: row.createdAt,
      who: row.actorName,
      action: isAuditAction(row.action) ? auditActions[row.action] : row.action,
      kind: isAuditAction(row.action) ? auditKindOf(row.action) : null,
      subjectId: row.subjectId,
      summary: row.summary,
    })),
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    /** Everyone the filter offers: staff accounts (disabled ones too), then the server's own names. */
    people: [
      ...people.map((person) => ({ value: person.id, label: `${person.name} (${person.email})` })),
      ...systems.map(({ actorName }) => ({ value: actorName, label: actorName })),
    ],
  };
}
