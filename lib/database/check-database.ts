import "server-only";
import type { Database } from "./create-client";
import { env } from "../env";
import { loggableError } from "../server/loggable-error";

/** Asks the database for one row; never throws. */
export async function checkDatabase(db: Database): Promise<{ ok: boolean; provider: string }> {
  try {
    await db.$queryRaw`SELECT 1`;
    return { ok: true, provider: env.database.provider };
  } catch (error) {
    console.error("health check: database unavailable:", loggableError(error).message);
    return { ok: false, provider: env.database.provider };
  }
}
