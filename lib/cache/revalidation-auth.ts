import "server-only";
import { timingSafeEqual } from "node:crypto";
import { env } from "../env";
import { processState } from "../server/process-state";

/** Whether an Authorization header carries REVALIDATE_SECRET or this process's start token. */
export function isAuthorizedRevalidation(header: string | null): boolean {
  const presented = header?.match(/^Bearer (.+)$/)?.[1];
  if (!presented) return false;
  return [env.REVALIDATE_SECRET, processState.startToken].some(
    (secret) => secret !== undefined && sameSecret(presented, secret),
  );
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
