import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Refusal } from "../errors";
import { setStaffDisabled } from "../newsroom/staff-accounts";
import {
  createTemporaryDatabase,
  postgresAnswers,
  type TemporaryDatabase,
} from "../testing/temporary-database";
import { createAccountLimiters, ACCOUNT_LIMITS } from "./account-limits";
import { createAuth, type Auth } from "./create-auth";
import { requestPasswordReset, resetLinkWorks, resetPassword } from "./password-reset";
import { verifyPassword } from "./password";
import { saveStaffUser } from "./save-staff-user";

const providers = ["sqlite", ...((await postgresAnswers()) ? ["postgresql" as const] : [])] as const;
const mail = { siteUrl: "https://news.example", siteName: "Dateline", mailFrom: "news@example.com" };
const admin = { id: "admin-id", name: "Ada Admin", email: "ada@news.example", role: "admin" as const };

describe.each(providers)("password reset by email on %s", (provider) => {
  let temp: TemporaryDatabase;
  let auth: Auth;
  let n = 0;
  const ip = () => `198.51.100.${++n}`;

  beforeAll(async () => {
    temp = await createTemporaryDatabase(provider);
    auth = createAuth({
      db: temp.db,
      provider,
      secret: "s".repeat(32),
      baseURL: mail.siteUrl,
      appName: "Dateline",
      secureCookies: true,
      mail,
    });
    await temp.db.user.create({ data: { ...admin, emailVerified: true } });
  });
  afterAll(async () => {
    await temp?.drop();
  });

  /** The link's token from the last email queued to the address. */
  async function linkTokenFor(email: string) {
    const row = await temp.db.outboxMessage.findFirst({
      where: { toAddress: email },
      orderBy: { id: "desc" },
    });
    return row?.text.match(/\/admin\/reset-password\/([A-Za-z0-9]+)/)?.[1];
  }

  const context = (limiters = createAccountLimiters()) => ({ auth, db: temp.db, ip: ip(), limiters });

  it("emails a single-use link through the outbox; the new password works and every session ends", async () => {
    const { user } = await saveStaffUser(temp.db, {
      email: "reset@news.example",
      password: "the old password",
      role: "editor",
    });
    await temp.db.session.createMany({
      data: ["a", "b"].map((id) => ({
        id,
        token: `token-${id}`,
        userId: user.id,
        expiresAt: new Date(Date.now() + 3600_000),
      })),
    });

    await requestPasswordReset("reset@news.example", context());
    const message = await temp.db.outboxMessage.findFirstOrThrow({
      where: { toAddress: "reset@news.example" },
    });
    expect(message.subject).toBe("Reset your Dateline newsroom password");
    expect(message.status).toBe("queued");
    const token = await linkTokenFor("reset@news.example");
    expect(token).toHaveLength(24);
    expect(message.text).toContain(`https://news.example/admin/reset-password/${token}`);
    // Kept hashed: the token itself is nowhere in the database.
    expect(await temp.db.verification.count({ where: { identifier: { contains: token! } } })).toBe(0);
    expect(await resetLinkWorks(auth, temp.db, token!)).toBe(true);

    await resetPassword({ token: token!, password: "a brand new password" }, context());
    const account = await temp.db.account.findFirstOrThrow({ where: { userId: user.id } });
    expect(await verifyPassword({ hash: account.password!, password: "a brand new password" })).toBe(true);
    expect(await verifyPassword({ hash: account.password!, password: "the old password" })).toBe(false);
    expect(await temp.db.session.count({ where: { userId: user.id } })).toBe(0);

    // Used once, then never again.
    expect(await resetLinkWorks(auth, temp.db, token!)).toBe(false);
    await expect(
      resetPassword({ token: token!, password: "yet another password" }, context()),
    ).rejects.toThrow(new Refusal("reset-link-invalid"));
  });

  it("queues nothing for an unknown address, a disabled account or one still invited, and answers the same", async () => {
    const before = await temp.db.outboxMessage.count();
    await expect(requestPasswordReset("nobody@news.example", context())).resolves.toBeUndefined();
    const { user } = await saveStaffUser(temp.db, {
      email: "gone@news.example",
      password: "a gone password",
      role: "moderator",
    });
    await setStaffDisabled(temp.db, admin, { userId: user.id, disabled: true });
    await expect(requestPasswordReset("gone@news.example", context())).resolves.toBeUndefined();
    await temp.db.user.create({
      data: { id: "invitee", name: "Ivy", email: "ivy@news.example", role: "editor", invitedAt: new Date() },
    });
    await expect(requestPasswordReset("ivy@news.example", context())).resolves.toBeUndefined();
    expect(await temp.db.outboxMessage.count()).toBe(before);
  });

  it("a link asked for before the account was disabled stops working", async () => {
    const { user } = await saveStaffUser(temp.db, {
      email: "later@news.example",
      password: "a later password",
      role: "moderator",
    });
    await requestPasswordReset("later@news.example", context());
    const token = (await linkTokenFor("later@news.example"))!;
    await setStaffDisabled(temp.db, admin, { userId: user.id, disabled: true });
    expect(await resetLinkWorks(auth, temp.db, token)).toBe(false);
    await expect(resetPassword({ token, password: "taken over password" }, context())).rejects.toThrow(
      new Refusal("reset-link-invalid"),
    );
  });

  it("a link past its hour, or one we never sent, does not work", async () => {
    await saveStaffUser(temp.db, { email: "slow@news.example", password: "a slow password", role: "editor" });
    await requestPasswordReset("slow@news.example", context());
    const token = (await linkTokenFor("slow@news.example"))!;
    await temp.db.verification.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await resetLinkWorks(auth, temp.db, token)).toBe(false);
    expect(await resetLinkWorks(auth, temp.db, "A".repeat(24))).toBe(false);
    expect(await resetLinkWorks(auth, temp.db, "../../etc/passwd")).toBe(false);
  });

  it("limits requests per client (told) and per address (silently), and new-password posts per client", async () => {
    const limiters = createAccountLimiters();
    await saveStaffUser(temp.db, { email: "busy@news.example", password: "a busy password", role: "editor" });
    const fromOne = { auth, db: temp.db, ip: "203.0.113.9", limiters };
    for (let i = 0; i < ACCOUNT_LIMITS.resetRequestClient.points; i++)
      await requestPasswordReset(`someone${i}@news.example`, fromOne);
    await expect(requestPasswordReset("busy@news.example", fromOne)).rejects.toThrow(
      new Refusal("reset-requests-limited"),
    );

    for (let i = 0; i < ACCOUNT_LIMITS.resetRequestAddress.points + 2; i++)
      await requestPasswordReset("busy@news.example", { ...fromOne, ip: `192.0.2.${i + 1}` });
    expect(await temp.db.outboxMessage.count({ where: { toAddress: "busy@news.example" } })).toBe(
      ACCOUNT_LIMITS.resetRequestAddress.points,
    );

    const guesser = { auth, db: temp.db, ip: "203.0.113.77", limiters };
    for (let i = 0; i < ACCOUNT_LIMITS.newPasswordClient.points; i++)
      await expect(
        resetPassword({ token: "B".repeat(24), password: "guessing password" }, guesser),
      ).rejects.toThrow(new Refusal("reset-link-invalid"));
    await expect(
      resetPassword({ token: "B".repeat(24), password: "guessing password" }, guesser),
    ).rejects.toThrow(new Refusal("new-password-limited"));
  });

  it("a disabled account cannot start a session even with the right password", async () => {
    const { user } = await saveStaffUser(temp.db, {
      email: "locked@news.example",
      password: "a locked password",
      role: "editor",
    });
    await auth.api.signInEmail({ body: { email: "locked@news.example", password: "a locked password" } });
    expect((await temp.db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).not.toBeNull();
    await setStaffDisabled(temp.db, admin, { userId: user.id, disabled: true });
    await expect(
      auth.api.signInEmail({ body: { email: "locked@news.example", password: "a locked password" } }),
    ).rejects.toMatchObject({ body: { code: "FAILED_TO_CREATE_SESSION" } });
    expect(await temp.db.session.count({ where: { userId: user.id } })).toBe(0);
  });
});
