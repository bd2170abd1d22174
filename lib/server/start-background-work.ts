import { publishDueStories } from "../articles/publish-due-stories";
import { createPrismaClient } from "../database/create-client";
import { startDelivery } from "../email/start-delivery";
import type { env as Env } from "../env";
import type { RunningServer } from "./http-server";

/** How often the server looks for scheduled stories whose time has come. */
export const SCHEDULE_CHECK_MS = 5000;

/**
 * What runs beside the web server: the outbox worker, and scheduled publishing (a due story
 * goes out, and its pages are revalidated, within SCHEDULE_CHECK_MS of its time).
 */
export function startBackgroundWork(env: typeof Env, { revalidate }: RunningServer): void {
  if (!env.AUTH_SECRET) {
    console.info("AUTH_SECRET is not set: newsroom sessions end when the server restarts");
  }
  startDelivery(env);
  const db = createPrismaClient(env.database);
  let running = false;
  setInterval(() => {
    if (running) return;
    running = true;
    publishDueStories(db)
      .then((paths) => (paths.length ? revalidate({ paths }) : undefined))
      .catch((error: unknown) => console.error("scheduled publishing failed:", error))
      .finally(() => (running = false));
  }, SCHEDULE_CHECK_MS).unref();
}
