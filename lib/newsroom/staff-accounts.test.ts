import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../auth/password";
import { saveStaffUser } from "../auth/save-staff-user";
import { Refusal } from "../errors";
import { getOutboxMessage } from "./outbox";
import {
  createTemporaryDatabase,
  postgresAnswers,
  type TemporaryDatabase,
} from "../testing/temporary-database";
import {
  acceptInvitation,
  changeStaffRole,
  getInvitation,
  inviteStaff,
  listStaff,
  resendInvitation,
  setStaffDisabled,
} from "./staff-accounts";

const providers = ["sqlite", ...((await postgresAnswers()) ? ["postgresql" as const] : [])] as const;
const mail = { siteUrl: "https://news.example", siteName: "Dateline", mailFrom: "news@example.com" };
const now = new Date("2026-12-03T12:00:00Z");
const days = (n: number) => new Date(now.getTime() + n * 24 * 3600_000);

describe.each(providers)("the staff page's use cases on %s", (provider) => {
  let temp: TemporaryDatabase;
  let admin: { id: string; name: string; email: string; role: "admin" };
  const editor = { id: "e", name: "Eda Editor", email: "eda@news.example", role: "editor" as const };

  beforeAll(async () => {
    temp = await createTemporaryDatabase(provider);
    const { user } = await saveStaffUser(temp.db, {
      email: "ada@news.example",
      password: "the admin password",
      role: "admin",
      name: "Ada Admin",
    });
    admin = { id: user.id, name: user.name, email: user.email, role: "admin" };
  });
  afterAll(async () => {
    await temp?.drop();
  });

  const tokenIn = async (email: string) => {
    const row = await temp.db.outboxMessage.findFirstOrThrow({
      where: { toAddress: email },
      orderBy: { id: "desc" },
    });
    return row.text.match(/\/admin\/invitation\/([A-Za-z0-9_-]+)/)![1]!;
  };

  it("only admins may list, invite, change roles or disable", async () => {
    const before = await temp.db.user.count();
    await expect(listStaff(temp.db, null)).rejects.toThrow(new Refusal("signed-out"));
    await expect(listStaff(temp.db, editor)).rejects.toThrow(new Refusal("forbidden"));
    await expect(
      inviteStaff(temp.db, editor, { name: "X", email: "x@news.example", role: "admin" }, mail),
    ).rejects.toThrow(new Refusal("forbidden"));
    await expect(changeStaffRole(temp.db, editor, { userId: admin.id, role: "moderator" })).rejects.toThrow(
      new Refusal("forbidden"),
    );
    await expect(setStaffDisabled(temp.db, editor, { userId: admin.id, disabled: true })).rejects.toThrow(
      new Refusal("forbidden"),
    );
    expect(await temp.db.user.count()).toBe(before);
    expect(await temp.db.outboxMessage.count()).toBe(0);
  });

  it("an invitation makes the account with its role, emails a 7-day single-use link, and the invitee sets a password", async () => {
    await inviteStaff(
      temp.db,
      admin,
      { name: "Ian Invited", email: "ian@news.example", role: "editor" },
      mail,
      now,
    );
    const message = await temp.db.outboxMessage.findFirstOrThrow({
      where: { toAddress: "ian@news.example" },
    });
    expect(message.subject).toBe("You are invited to the Dateline newsroom");
    expect(message.text).toContain("Ada Admin has invited you to the Dateline newsroom as an editor.");
    const token = await tokenIn("ian@news.example");
    expect(await temp.db.verification.count({ where: { identifier: { contains: token } } })).toBe(0);
    // An editor reading the outbox sees that an invitation went, not the link that opens the account.
    const shown = await getOutboxMessage(temp.db, editor, message.id);
    expect(shown?.text).not.toContain(token);
    expect(shown?.html).not.toContain(token);
    expect(shown?.text).toContain("/admin/invitation/[hidden: the link opens the account]");
    expect((await listStaff(temp.db, admin, now)).find((s) => s.email === "ian@news.example")).toMatchObject({
      role: "editor",
      status: "invited",
      lastSignInAt: null,
    });
    // Not before accepting: no password, so no sign-in.
    expect(await temp.db.account.count({ where: { user: { email: "ian@news.example" } } })).toBe(0);

    expect(await getInvitation(temp.db, token, days(8))).toBeNull();
    expect((await getInvitation(temp.db, token, days(6)))?.user).toMatchObject({ name: "Ian Invited" });
    await expect(
      acceptInvitation(temp.db, { token, password: "ian's own password" }, days(1)),
    ).resolves.toEqual({
      email: "ian@news.example",
    });
    const account = await temp.db.account.findFirstOrThrow({
      where: { user: { email: "ian@news.example" } },
    });
    expect(await verifyPassword({ hash: account.password!, password: "ian's own password" })).toBe(true);
    expect(
      (await listStaff(temp.db, admin, days(1))).find((s) => s.email === "ian@news.example")?.status,
    ).toBe("active");
    await expect(
      acceptInvitation(temp.db, { token, password: "someone else's pass" }, days(1)),
    ).rejects.toThrow(new Refusal("invitation-invalid"));
  });

  it("refuses to invite an address that already has an account, whatever its case", async () => {
    const before = await temp.db.outboxMessage.count();
    await expect(
      inviteStaff(
        temp.db,
        admin,
        { name: "Ian Again", email: "ian@news.example", role: "moderator" },
        mail,
        now,
      ),
    ).rejects.toThrow(new Refusal("staff-email-taken"));
    expect(await temp.db.outboxMessage.count()).toBe(before);
  });

  it("an expired invitation shows as such; sending it again makes a new link and the old one stops working", async () => {
    await inviteStaff(
      temp.db,
      admin,
      { name: "Late Lee", email: "lee@news.example", role: "moderator" },
      mail,
      now,
    );
    const first = await tokenIn("lee@news.example");
    const lee = await temp.db.user.findUniqueOrThrow({ where: { email: "lee@news.example" } });
    expect((await listStaff(temp.db, admin, days(8))).find((s) => s.id === lee.id)?.status).toBe(
      "invitation expired",
    );
    await resendInvitation(temp.db, admin, lee.id, mail, days(8));
    const second = await tokenIn("lee@news.example");
    expect(second).not.toBe(first);
    expect(await getInvitation(temp.db, first, days(8))).toBeNull();
    expect(await getInvitation(temp.db, second, days(8))).not.toBeNull();
  });

  it("changes a role; the last active admin can neither demote nor disable themselves", async () => {
    const ian = await temp.db.user.findUniqueOrThrow({ where: { email: "ian@news.example" } });
    await changeStaffRole(temp.db, admin, { userId: ian.id, role: "moderator" });
    expect((await temp.db.user.findUniqueOrThrow({ where: { id: ian.id } })).role).toBe("moderator");

    await expect(changeStaffRole(temp.db, admin, { userId: admin.id, role: "editor" })).rejects.toThrow(
      new Refusal("last-admin"),
    );
    await expect(setStaffDisabled(temp.db, admin, { userId: admin.id, disabled: true })).rejects.toThrow(
      new Refusal("last-admin"),
    );
    // An invited admin who has not accepted does not count as a second admin.
    const lee = await temp.db.user.findUniqueOrThrow({ where: { email: "lee@news.example" } });
    await changeStaffRole(temp.db, admin, { userId: lee.id, role: "admin" });
    await expect(changeStaffRole(temp.db, admin, { userId: admin.id, role: "editor" })).rejects.toThrow(
      new Refusal("last-admin"),
    );
    // With another active admin it is allowed.
    await changeStaffRole(temp.db, admin, { userId: ian.id, role: "admin" });
    await changeStaffRole(temp.db, admin, { userId: admin.id, role: "editor" });
    await changeStaffRole(temp.db, { ...admin, id: ian.id }, { userId: admin.id, role: "admin" });
    expect((await temp.db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("admin");
    await expect(changeStaffRole(temp.db, admin, { userId: "nobody", role: "editor" })).rejects.toThrow(
      new Refusal("staff-not-found"),
    );
    // The audit log has each change made, and none of the refused ones.
    const lines = await temp.db.auditEvent.findMany({
      where: { action: "staff.role", subjectId: { in: [ian.id, admin.id] } },
      orderBy: { id: "asc" },
    });
    expect(lines.map((line) => line.summary)).toEqual([
      "Ian Invited: editor → moderator",
      "Ian Invited: moderator → admin",
      `${admin.name}: admin → editor`,
      `${admin.name}: editor → admin`,
    ]);
  });

  it("disabling signs out everywhere and kills the account's links; enabling restores it", async () => {
    const { user } = await saveStaffUser(temp.db, {
      email: "dee@news.example",
      password: "dee's password",
      role: "editor",
    });
    await temp.db.session.createMany({
      data: [1, 2, 3].map((i) => ({ id: `d${i}`, token: `dt${i}`, userId: user.id, expiresAt: days(1) })),
    });
    await setStaffDisabled(temp.db, admin, { userId: user.id, disabled: true }, now);
    expect(await temp.db.session.count({ where: { userId: user.id } })).toBe(0);
    expect((await listStaff(temp.db, admin, now)).find((s) => s.id === user.id)?.status).toBe("disabled");

    const lee = await temp.db.user.findUniqueOrThrow({ where: { email: "lee@news.example" } });
    const leeToken = await tokenIn("lee@news.example");
    await setStaffDisabled(temp.db, admin, { userId: lee.id, disabled: true }, days(8));
    await expect(
      acceptInvitation(temp.db, { token: leeToken, password: "lee's own password" }, days(8)),
    ).rejects.toThrow(new Refusal("invitation-invalid"));

    await setStaffDisabled(temp.db, admin, { userId: user.id, disabled: false });
    expect((await listStaff(temp.db, admin, now)).find((s) => s.id === user.id)?.status).toBe("active");
    const account = await temp.db.account.findFirstOrThrow({ where: { userId: user.id } });
    expect(await verifyPassword({ hash: account.password!, password: "dee's password" })).toBe(true);
  });
});
