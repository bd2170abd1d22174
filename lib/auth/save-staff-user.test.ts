import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTemporaryDatabase, type TemporaryDatabase } from "../testing/temporary-database";
import { verifyPassword } from "./password";
import { saveStaffUser, staffUserInput } from "./save-staff-user";

describe("creating newsroom people from the shell", () => {
  let temp: TemporaryDatabase;
  beforeAll(async () => {
    temp = await createTemporaryDatabase("sqlite");
  });
  afterAll(async () => {
    await temp?.drop();
  });

  it("stores an argon2id hash in the credential account better-auth reads, never the password", async () => {
    const input = staffUserInput.parse({
      email: "Desk@Example.com",
      password: "a long enough secret",
      role: "editor",
    });
    const { user, created } = await saveStaffUser(temp.db, input);
    expect(created).toBe(true);
    expect(user).toMatchObject({ email: "desk@example.com", role: "editor", name: "desk" });
    const account = await temp.db.account.findFirstOrThrow({ where: { userId: user.id } });
    expect(account.providerId).toBe("credential");
    expect(account.password).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword({ hash: account.password!, password: "a long enough secret" })).toBe(true);
    expect(await verifyPassword({ hash: account.password!, password: "a wrong secret here" })).toBe(false);
  });

  it("updates role and password of an existing person and ends their sessions", async () => {
    const user = await temp.db.user.findUniqueOrThrow({ where: { email: "desk@example.com" } });
    await temp.db.session.create({
      data: { id: "s1", token: "t1", userId: user.id, expiresAt: new Date(Date.now() + 3600_000) },
    });
    const input = staffUserInput.parse({
      email: "desk@example.com",
      password: "another long secret",
      role: "admin",
    });
    expect((await saveStaffUser(temp.db, input)).created).toBe(false);
    expect(await temp.db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ role: "admin" });
    expect(await temp.db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await temp.db.account.count({ where: { userId: user.id } })).toBe(1);
  });

  it("refuses short passwords and unknown roles with messages for the shell", () => {
    const result = staffUserInput.safeParse({ email: "x@example.com", password: "short", role: "owner" });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      "The password needs at least 12 characters.",
      "The role is one of: admin, editor, moderator.",
    ]);
  });
});
