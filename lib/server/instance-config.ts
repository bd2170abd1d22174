import type { env as Env } from "../env";

/** What every instance of a multi-instance deployment must share, named as in the README. */
export const SHARED_SECRETS = [
  "AUTH_SECRET",
  "FORM_SECRET",
  "REVALIDATE_SECRET",
  "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY",
] as const;

/**
 * Why this instance must not start, or null. With REDIS_URL it is one of several instances:
 * a secret made up per process would sign a visitor out, refuse their form or fail their
 * server action whenever the next request reaches another instance.
 */
export function instanceConfigProblem(
  env: Pick<typeof Env, "REDIS_URL" | (typeof SHARED_SECRETS)[number]>,
): string | null {
  if (!env.REDIS_URL) return null;
  const missing = SHARED_SECRETS.filter((name) => !env[name]);
  if (missing.length === 0) return null;
  return (
    `REDIS_URL is set, so this is one of several instances, and every instance needs the same ` +
    `${missing.join(", ")}. Set ${missing.length > 1 ? "them" : "it"} (the same value on every instance; ` +
    `see README, "Running several instances") and start again.`
  );
}
