import { z } from "zod";
import { parseDatabaseUrl } from "./database/database-url";

const schema = z.object({
  DATABASE_URL: z.string().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOSTNAME: z.string().min(1).default("0.0.0.0"),
  SITE_URL: z.url().optional(),
  SITE_NAME: z.string().min(1).default("Dateline"),
  SITE_TIMEZONE: z
    .string()
    .default("UTC")
    .refine((zone) => isTimeZone(zone), "SITE_TIMEZONE must be an IANA time zone such as Europe/Berlin"),
  REVALIDATE_SECRET: z.string().min(16, "REVALIDATE_SECRET needs at least 16 characters").optional(),
  REDIS_URL: z.url().optional(),
  // Where photographs are stored (lib/media/): relative to the working directory, or absolute.
  MEDIA_DIR: z.string().min(1).default("data/media"),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z.string().min(3).default("Dateline <no-reply@localhost>"),
  OUTBOX_WORKER: z.enum(["on", "off"]).default("on"),
  NEWSROOM_EMAIL: z.email("NEWSROOM_EMAIL must be one email address").optional(),
  FORM_SECRET: z.string().min(32, "FORM_SECRET needs at least 32 characters").optional(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET needs at least 32 characters").optional(),
  TRUST_PROXY: z.enum(["true", "false"]).default("false"),
  // Days a comment's or a share's IP address is kept (lib/privacy/forget-old-addresses.ts).
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  // Read by Next itself at run time; checked here so a bad value stops the start with a clear message.
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z
    .string()
    .refine(
      (key) => /^[A-Za-z0-9+/]+={0,2}$/.test(key) && [16, 24, 32].includes(Buffer.from(key, "base64").length),
      "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be base64 of 16, 24 or 32 bytes (openssl rand -base64 32)",
    )
    .optional(),
  // "off" only to measure Next alone (npm run bench): every request then goes through Next.
  RESPONSE_CACHE: z.enum(["on", "off"]).default("on"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function load() {
  const raw = Object.fromEntries(
    Object.entries(process.env).filter(([, value]) => value !== undefined && value !== ""),
  );
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${problems.join("\n")}`);
  }
  const env = parsed.data;
  return {
    ...env,
    database: parseDatabaseUrl(env.DATABASE_URL),
    siteUrl: (env.SITE_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ""),
  };
}

/** The environment, parsed once: the only reader of process.env in the app. */
export const env = load();
