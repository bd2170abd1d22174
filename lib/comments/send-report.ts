import "server-only";
import type { RateLimiterAbstract } from "rate-limiter-flexible";
import type { ReaderContext } from "../actions/reader-action";
import { revalidateStoryComments } from "../cache/revalidate-reader-pages";
import { env } from "../env";
import { clientKey } from "../rate-limit/client-key";
import { createLimiter, takePoint } from "../rate-limit/limiter";
import type { ReportInput } from "../validation/report";
import { reportComment } from "./report-comment";

/** Ten reports an hour from one client (an IPv6 /64 is one): enough for a reader, not for a campaign. */
export const REPORT_RULE = { keyPrefix: "comment-report", points: 10, durationSeconds: 3600 };

let limiter: RateLimiterAbstract | undefined;

async function takeReportTurn(ip: string): Promise<boolean> {
  limiter ??= createLimiter(REPORT_RULE, env.REDIS_URL);
  return (await takePoint(limiter, clientKey(ip))) === "allowed";
}

/** Report a comment as the site runs it: this deployment's limit, then fresh pages if it was hidden. */
export async function sendReport(
  input: ReportInput,
  { db, ip, formSecret }: ReaderContext,
): Promise<{ hidden: boolean; values: { note: string } }> {
  const { hidden, storyId } = await reportComment(db, input, {
    ip,
    secret: formSecret,
    takeTurn: takeReportTurn,
  });
  if (hidden) await revalidateStoryComments(db, [storyId]);
  // For the server log: ids and the reason, no personal data.
  console.info(`comment ${input.commentId} reported (${input.reason})${hidden ? ": hidden for review" : ""}`);
  return { hidden, values: { note: "" } };
}
