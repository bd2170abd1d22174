import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "../db";
import { env } from "../env";
import { createAuth } from "./create-auth";

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
 * /api/auth routes are mounted, so sign-in, password reset and invitations are reachable only
 * through our rate-limited actions. Sign-up is off; people are invited by an admin
 * (/admin/staff) or created by `npm run user:create` (docs/adr/0006).
 */
export const auth = createAuth({
  db,
  provider: env.database.provider === "sqlite" ? "sqlite" : "postgresql",
  secret: authSecret(),
  baseURL: env.siteUrl,
  appName: env.SITE_NAME,
  secureCookies: env.NODE_ENV === "production" || env.siteUrl.startsWith("https:"),
  mail: { siteUrl: env.siteUrl, siteName: env.SITE_NAME, mailFrom: env.MAIL_FROM },
});
