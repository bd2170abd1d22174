import { recordAudit } from "../audit/record-audit";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Database, Transaction } from "../database/create-client";
import { retryWrite, transactionOptions } from "../database/retry-write";
import { Refusal } from "../errors";
import { INVITATION_LINK_SECONDS, queueInvitationEmail, type AccountMail } from "../auth/account-emails";
import { hashPassword } from "../auth/password";
import { authorize, type Staff, type StaffRole } from "../auth/roles";

export type StaffStatus = "active" | "invited" | "invitation expired" | "disabled";

export type StaffMember = {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  status: StaffStatus;
  lastSignInAt: Date | null;
};

const INVITATION = "staff-invitation:";
/** Invitation tokens are stored as hashes under this identifier, so a copy of the database opens no account. */
const invitationIdentifier = (token: string) =>
  `${INVITATION}${createHash("sha256").update(token).digest("hex")}`;
const INVITATION_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** Everyone with a newsroom account, admins first, then by name; for admins only. */
export async function listStaff(db: Database, staff: Staff | null, now = new Date()): Promise<StaffMember[]> {
  authorize(staff, "staff");
  const users = await db.user.findMany({
    orderBy: [{ name: "asc" }, { email: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      disabledAt: true,
      invitedAt: true,
      lastSignInAt: true,
    },
  });
  const expiredBefore = now.getTime() - INVITATION_LINK_SECONDS * 1000;
  return users.map((user) => ({
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    lastSignInAt: user.lastSignInAt,
    status: user.disabledAt
      ? "disabled"
      : user.invitedAt
        ? user.invitedAt.getTime() < expiredBefore
          ? "invitation expired"
          : "invited"
        : "active",
  }));
}

/** A fresh single-use invitation link for the user, replacing any earlier one. */
async function newInvitationToken(tx: Transaction, userId: string, now: Date): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.verification.deleteMany({ where: { value: userId, identifier: { startsWith: INVITATION } } });
  await tx.verification.create({
    data: {
      id: randomUUID(),
      identifier: invitationIdentifier(token),
      value: userId,
      expiresAt: new Date(now.getTime() + INVITATION_LINK_SECONDS * 1000),
    },
  });
  return token;
}

/**
 * An admin invites someone: their account is made at once, with the role and no password, and
 * the invitation email (with a link good for 7 days, once) is queued in the same transaction.
 * An address that already has an account is refused, invited or not.
 */
export async function inviteStaff(
  db: Database,
  staff: Staff | null,
  invitee: { name: string; email: string; role: StaffRole },
  mail: AccountMail,
  now = new Date(),
): Promise<void> {
  authorize(staff, "staff");
  try {
    await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { id: randomUUID(), ...invitee, emailVerified: false, invitedAt: now },
      });
      const token = await newInvitationToken(tx, user.id, now);
      await queueInvitationEmail(tx, invitee, staff.name, token, mail, now);
      await recordAudit(
        tx,
        staff,
        {
          action: "staff.invite",
          subjectId: user.id,
          summary: `${invitee.name} (${invitee.email}) as ${invitee.role}`,
        },
        now,
      );
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new Refusal("staff-email-taken");
    throw error;
  }
}

/** Sends an invited person a new link (the old one stops working), for one that expired or went astray. */
export async function resendInvitation(
  db: Database,
  staff: Staff | null,
  userId: string,
  mail: AccountMail,
  now = new Date(),
): Promise<void> {
  authorize(staff, "staff");
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) throw new Refusal("staff-not-found");
    if (!user.invitedAt || user.disabledAt) throw new Refusal("not-invited");
    await tx.user.update({ where: { id: userId }, data: { invitedAt: now } });
    const token = await newInvitationToken(tx, userId, now);
    await queueInvitationEmail(tx, user, staff.name, token, mail, now);
  });
}

/** Who an invitation link is for, while it works; null for a link that is not ours, used or expired. */
export async function getInvitation(db: Database, token: string, now = new Date()) {
  if (!INVITATION_TOKEN.test(token)) return null;
  const verification = await db.verification.findFirst({
    where: { identifier: invitationIdentifier(token), expiresAt: { gt: now } },
  });
  if (!verification) return null;
  const user = await db.user.findUnique({
    where: { id: verification.value },
    select: { id: true, name: true, email: true, role: true, invitedAt: true, disabledAt: true },
  });
  if (!user || !user.invitedAt || user.disabledAt) return null;
  return { verificationId: verification.id, user };
}

/**
 * The invitee chooses their password. The link is used up in the same transaction that stores
 * the password, and only one of two posts with the same link can use it. Returns the address,
 * so the caller can sign the new member in.
 */
export async function acceptInvitation(
  db: Database,
  { token, password }: { token: string; password: string },
  now = new Date(),
): Promise<{ email: string }> {
  const invitation = await getInvitation(db, token, now);
  if (!invitation) throw new Refusal("invitation-invalid");
  const hash = await hashPassword(password);
  const { user, verificationId } = invitation;
  await db.$transaction(async (tx) => {
    const used = await tx.verification.deleteMany({ where: { id: verificationId, expiresAt: { gt: now } } });
    if (used.count !== 1) throw new Refusal("invitation-invalid");
    const updated = await tx.user.updateMany({
      where: { id: user.id, disabledAt: null, invitedAt: { not: null } },
      data: { invitedAt: null, emailVerified: true },
    });
    if (updated.count !== 1) throw new Refusal("invitation-invalid");
    await tx.account.deleteMany({ where: { userId: user.id, providerId: "credential" } });
    await tx.account.create({
      data: {
        id: randomUUID(),
        userId: user.id,
        accountId: user.id,
        providerId: "credential",
        password: hash,
      },
    });
  });
  return { email: user.email };
}

/**
 * Refuses a change that would leave no active admin. Only an admin can make it, so it is
 * always an admin demoting or disabling the last admin: themselves.
 */
async function keepAnAdmin(
  tx: Transaction,
  target: { id: string; role: StaffRole; disabledAt: Date | null },
) {
  if (target.role !== "admin" || target.disabledAt) return;
  const others = await tx.user.count({
    where: { role: "admin", disabledAt: null, invitedAt: null, id: { not: target.id } },
  });
  if (others === 0) throw new Refusal("last-admin");
}

// Serializable (and run again when PostgreSQL reports the conflict), so two admins demoting
// each other at once cannot both pass the check above.
const serializable = { ...transactionOptions, isolationLevel: "Serializable" } as const;

/** Gives someone another role; their next page already has it (roles are read per request). */
export async function changeStaffRole(
  db: Database,
  staff: Staff | null,
  { userId, role }: { userId: string; role: StaffRole },
): Promise<{ name: string }> {
  authorize(staff, "staff");
  return retryWrite(() =>
    db.$transaction(async (tx) => {
      const target = await tx.user.findUnique({ where: { id: userId } });
      if (!target) throw new Refusal("staff-not-found");
      if (role !== "admin") await keepAnAdmin(tx, target);
      await tx.user.update({ where: { id: userId }, data: { role } });
      await recordAudit(tx, staff, {
        action: "staff.role",
        subjectId: userId,
        summary: `${target.name}: ${target.role} → ${role}`,
      });
      return { name: target.name };
    }, serializable),
  );
}

/**
 * Disables an account: it is signed out everywhere at once (its sessions are deleted), its
 * reset and invitation links stop working, and it cannot sign in or ask for a reset until an
 * admin enables it again. Enabling restores the password it had.
 */
export async function setStaffDisabled(
  db: Database,
  staff: Staff | null,
  { userId, disabled }: { userId: string; disabled: boolean },
  now = new Date(),
): Promise<{ name: string }> {
  authorize(staff, "staff");
  return retryWrite(() =>
    db.$transaction(async (tx) => {
      const target = await tx.user.findUnique({ where: { id: userId } });
      if (!target) throw new Refusal("staff-not-found");
      if (!disabled) {
        await tx.user.update({ where: { id: userId }, data: { disabledAt: null } });
        await recordAudit(
          tx,
          staff,
          { action: "staff.enable", subjectId: userId, summary: target.name },
          now,
        );
        return { name: target.name };
      }
      await keepAnAdmin(tx, target);
      await tx.user.update({ where: { id: userId }, data: { disabledAt: target.disabledAt ?? now } });
      await tx.session.deleteMany({ where: { userId } });
      // Reset links (better-auth keeps the account's id as their value) and invitations alike.
      await tx.verification.deleteMany({ where: { value: userId } });
      await recordAudit(tx, staff, { action: "staff.disable", subjectId: userId, summary: target.name }, now);
      return { name: target.name };
    }, serializable),
  );
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}
