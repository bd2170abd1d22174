import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Database } from "../database/create-client";
import { PASSWORD_LENGTH, hashPassword } from "./password";
import { staffRoles } from "./roles";

export const staffUserInput = z.object({
  email: z
    .email("Give the person's email address.")
    .max(254)
    .transform((email) => email.toLowerCase()),
  password: z
    .string()
    .min(PASSWORD_LENGTH.min, `The password needs at least ${PASSWORD_LENGTH.min} characters.`)
    .max(PASSWORD_LENGTH.max, `The password can have at most ${PASSWORD_LENGTH.max} characters.`),
  role: z.enum(staffRoles, { error: `The role is one of: ${staffRoles.join(", ")}.` }),
  name: z.string().trim().min(1).max(100).optional(),
});

export type StaffUserInput = z.infer<typeof staffUserInput>;

/**
 * Creates a newsroom member, or updates the password, role and name of an existing one, in
 * the tables better-auth reads (a user and its "credential" account). Their sessions end
 * when the password changes.
 */
export async function saveStaffUser(db: Database, input: StaffUserInput) {
  const password = await hashPassword(input.password);
  const name = input.name ?? input.email.slice(0, input.email.indexOf("@"));
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email } });
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: { role: input.role, name } })
      : await tx.user.create({
          data: { id: randomUUID(), email: input.email, name, role: input.role, emailVerified: true },
        });
    const account = await tx.account.findFirst({ where: { userId: user.id, providerId: "credential" } });
    if (account) {
      await tx.account.update({ where: { id: account.id }, data: { password } });
      await tx.session.deleteMany({ where: { userId: user.id } });
    } else {
      await tx.account.create({
        data: { id: randomUUID(), userId: user.id, accountId: user.id, providerId: "credential", password },
      });
    }
    return { user, created: !existing };
  });
}
