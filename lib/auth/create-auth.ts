import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import type { Database } from "../database/create-client";
import { queuePasswordResetEmail, RESET_LINK_SECONDS, type AccountMail } from "./account-emails";
import { PASSWORD_LENGTH, hashPassword, verifyPassword } from "./password";

export type AuthSettings = {
  db: Database;
  provider: "sqlite" | "postgresql";
  secret: string;
  baseURL: string;
  appName: string;
  secureCookies: boolean;
  mail: AccountMail;
};

/**
 * better-auth over the given database. The app makes one (lib/auth/auth.ts); tests make one
 * over a throwaway database, so the reset and disable rules are tested through the library's
 * own code.
 */
export function createAuth({ db, provider, secret, baseURL, appName, secureCookies, mail }: AuthSettings) {
  return betterAuth({
    appName,
    baseURL,
    secret,
    database: prismaAdapter(db, { provider }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: PASSWORD_LENGTH.min,
      maxPasswordLength: PASSWORD_LENGTH.max,
      password: { hash: hashPassword, verify: verifyPassword },
      resetPasswordTokenExpiresIn: RESET_LINK_SECONDS,
      // A reset is what someone does when they fear their password is known: every session ends.
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, token }) => {
        // A disabled account gets no link, nor one still invited (its invitation sets the first
        // password); the form's answer is the same either way.
        const row = await db.user.findUnique({
          where: { id: user.id },
          select: { disabledAt: true, invitedAt: true },
        });
        if (!row || row.disabledAt || row.invitedAt) return;
        await queuePasswordResetEmail(db, user, token, mail);
      },
    },
    // Reset and invitation tokens are kept as hashes: a copy of the database opens no account.
    verification: { storeIdentifier: "hashed" },
    user: {
      additionalFields: {
        role: { type: "string", input: false },
        disabledAt: { type: "date", required: false, input: false },
      },
    },
    session: { expiresIn: 7 * 24 * 3600, updateAge: 24 * 3600 },
    databaseHooks: {
      session: {
        create: {
          // The one gate every new session passes (sign-in, an accepted invitation): a disabled
          // account gets none, whichever way it comes in.
          before: async (session) => {
            const user = await db.user.findUnique({
              where: { id: session.userId },
              select: { disabledAt: true },
            });
            if (!user || user.disabledAt) return false;
          },
          after: async (session) => {
            await db.user.update({
              where: { id: session.userId },
              data: { lastSignInAt: session.createdAt },
            });
          },
        },
      },
    },
    advanced: {
      useSecureCookies: secureCookies,
      defaultCookieAttributes: { sameSite: "lax", httpOnly: true },
    },
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;
