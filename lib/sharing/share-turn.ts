import "server-only";
import { env } from "../env";
import { createShareLimiters, takeShareTurn, type ShareLimiters } from "./share-limits";

let limiters: ShareLimiters | undefined;

/** This process's share limits (shared through Redis when REDIS_URL is set). */
export function takeShareTurnNow(turn: { ip: string; recipient: string; storyId: number }): Promise<boolean> {
  limiters ??= createShareLimiters(env.REDIS_URL);
  return takeShareTurn(limiters, turn);
}
