import "server-only";
import { randomBytes } from "node:crypto";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { db } from "../db";
import { env } from "../env";
import { PASSWORD_LENGTH, hashPassword, verifyPassword } from "./password";

const key = Symbol.for("dateline.auth-secret");
const holder = globalThis as { [key]?: string };

/**
 * The key that signs session cookies: AUTH_SECRET, or a random one per process. Without
 * AUTH_SECRET a restart signs everyone out (the server says so at start).
 */
function authSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  return (holder[key] ??= randomBytes(32).toString("hex"));
}

/**
 * better-auth, used only from server code (server actions and server components): no
 * /api/auth routes are mounted, so sign-in is reachable only through our rate-limited action.
 * Sign-up is off; people are created by `npm run user:create` (docs/adr/0006).
 */
export const auth = betterAuth({
  appName: env.SITE_NAME,
  baseURL: env.siteUrl,
  secret: authSecret(),
  database: prismaAdapter(db, { provider: env.database.provider === "sqlite" ? "sqlite" : "postgresql" }),
  emailAndPassword: {
    enabled: true,
    disableSignUp: true,
    minPasswordLength: PASSWORD_LENGTH.min,
    maxPasswordLength: PASSWORD_LENGTH.max,
    password: { hash: hashPassword, verify: verifyPassword },
  },
  user: { additionalFields: { role: { type: "string", input: false } } },
  session: { expiresIn: 7 * 24 * 3600, updateAge: 24 * 3600 },
  advanced: {
    useSecureCookies: env.NODE_ENV === "production" || env.siteUrl.startsWith("https:"),
    defaultCookieAttributes: { sameSite: "lax", httpOnly: true },
  },
  rateLimit: { enabled: false },
  telemetry: { enabled: false },
  plugins: [nextCookies()],
});
