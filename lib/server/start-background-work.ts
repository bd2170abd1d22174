import { publishDueStories } from "../articles/publish-due-stories";
import { forgetExpiredFormTokens } from "../comments/form-token";
import { forgetOldAddresses } from "../privacy/forget-old-addresses";
import type { Database } from "../database/create-client";
import { startDelivery } from "../email/start-delivery";
import type { env as Env } from "../env";
import type { RunningServer } from "./http-server";
import { loggableError } from "./loggable-error";
import { logger } from "./logger";

/** How often the server looks for scheduled stories whose time has come. */
export const SCHEDULE_CHECK_MS = 5000;
/** How often used form tokens past their expiry, and IP addresses past RETENTION_DAYS, are forgotten. */
const SWEEP_MS = 60 * 60 * 1000;

/**
 * What runs beside the web server: the outbox worker, scheduled publishing (a due story
 * goes out, and its pages are revalidated, within SCHEDULE_CHECK_MS of its time), and an
 * hourly sweep, also run at start, of expired used form tokens and of the IP addresses of
 * comments and shares older than RETENTION_DAYS (doing either twice is harmless). Every
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
  const forget = () => {
    forgetExpiredFormTokens(db).catch((error: unknown) =>
      logger.error({ err: loggableError(error) }, "forgetting expired form tokens failed"),
    );
    forgetOldAddresses(db, env.RETENTION_DAYS)
      .then((erased) => {
        if (Object.values(erased).some((count) => count > 0))
          logger.info(erased, "data past RETENTION_DAYS erased");
      })
      .catch((error: unknown) =>
        logger.error({ err: loggableError(error) }, "erasing old IP addresses failed"),
      );
  };
  const firstSweep = setTimeout(forget, 10_000);
  firstSweep.unref();
  const sweep = setInterval(forget, SWEEP_MS);
  sweep.unref();
  return {
    async stop() {
      clearInterval(timer);
      clearTimeout(firstSweep);
      clearInterval(sweep);
      await Promise.all([running, delivery?.stop()]);
    },
  };
}
