import { publishDueStories } from "../articles/publish-due-stories";
import { forgetExpiredFormTokens } from "../comments/form-token";
import type { Database } from "../database/create-client";
import { startDelivery } from "../email/start-delivery";
import type { env as Env } from "../env";
import type { RunningServer } from "./http-server";
import { loggableError } from "./loggable-error";
import { logger } from "./logger";

/** How often the server looks for scheduled stories whose time has come. */
export const SCHEDULE_CHECK_MS = 5000;
/** How often used form tokens past their expiry are forgotten. */
const TOKEN_SWEEP_MS = 60 * 60 * 1000;

/**
 * What runs beside the web server: the outbox worker, scheduled publishing (a due story
 * goes out, and its pages are revalidated, within SCHEDULE_CHECK_MS of its time), and an
 * hourly sweep of expired used form tokens (deleting twice is harmless). Every
 * instance runs both: rows are claimed (outbox) or flipped conditionally (stories), so each
 * email is sent and each story published once however many run. Returns a stop that lets
 * the current batch finish.
 */
export function startBackgroundWork(
  env: typeof Env,
  db: Database,
  { revalidate }: Pick<RunningServer, "revalidate">,
): { stop: () => Promise<void> } {
  if (!env.AUTH_SECRET) logger.info("AUTH_SECRET is not set: newsroom sessions end when the server restarts");
  const delivery = startDelivery(env);
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    running = publishDueStories(db)
      .then((paths) => (paths.length ? revalidate({ paths }) : undefined))
      .catch((error: unknown) => logger.error({ err: loggableError(error) }, "scheduled publishing failed"))
      .finally(() => (busy = false));
  }, SCHEDULE_CHECK_MS);
  timer.unref();
  const sweep = setInterval(() => {
    forgetExpiredFormTokens(db).catch((error: unknown) =>
      logger.error({ err: loggableError(error) }, "forgetting expired form tokens failed"),
    );
  }, TOKEN_SWEEP_MS);
  sweep.unref();
  return {
    async stop() {
      clearInterval(timer);
      clearInterval(sweep);
      await Promise.all([running, delivery?.stop()]);
    },
  };
}
