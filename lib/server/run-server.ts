import { Redis } from "ioredis";
import { createPrismaClient } from "../database/create-client";
import type { env as Env } from "../env";
import { startHttpServer } from "./http-server";
import { instanceConfigProblem } from "./instance-config";
import { loggableError } from "./loggable-error";
import { logger } from "./logger";
import { readinessProblems } from "./readiness";
import { startBackgroundWork } from "./start-background-work";

/** Everything stops within this after SIGTERM, finished or not (a process manager's usual grace is 10 s). */
const SHUTDOWN_DEADLINE_MS = 9_000;

/**
 * Serves the built site with its background work, until SIGTERM or SIGINT: then readiness
 * turns 503, the listener closes, in-flight requests and the outbox batch finish, the
 * database and Redis connections close, and the process exits.
 */
export async function runServer(env: typeof Env): Promise<void> {
  const problem = instanceConfigProblem(env);
  if (problem) {
    logger.fatal(problem);
    process.exit(1);
  }
  const db = createPrismaClient(env.database);
  const redis = env.REDIS_URL
    ? new Redis(env.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 1000 })
    : undefined;
  redis?.on("error", () => {});
  const server = await startHttpServer({
    port: env.PORT,
    hostname: env.HOSTNAME,
    trustProxy: env.TRUST_PROXY === "true",
    redisUrl: env.REDIS_URL,
    responseCache: env.RESPONSE_CACHE === "on",
    readinessProblems: () => readinessProblems({ db, database: env.database, redis, dir: process.cwd() }),
    // As set, not with its default: next.config.ts reads the same variable for Next's own origin check.
    siteUrl: env.SITE_URL,
  });
  const background = startBackgroundWork(env, db, server);
  logger.info(
    { url: env.siteUrl, database: env.database.provider, sharedCache: Boolean(env.REDIS_URL) },
    `serving on port ${env.PORT} (${env.database.provider}) as ${env.siteUrl}`,
  );

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "draining");
    setTimeout(() => {
      logger.warn("shutdown deadline passed: closing what is still open");
      server.server.closeAllConnections();
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    Promise.all([server.drain(), background.stop()])
      .then(() => Promise.all([db.$disconnect(), redis?.quit()]))
      .catch((error: unknown) => logger.error({ err: loggableError(error) }, "shutdown"))
      .finally(() => {
        logger.info("stopped");
        process.exit(0);
      });
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
