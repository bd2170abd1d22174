import { createHmac } from "node:crypto";
import type { Database } from "../database/create-client";
import { transactionOptions } from "../database/retry-write";
import { Refusal } from "../errors";
import { clientKey } from "../rate-limit/client-key";
import { getCommentSettings } from "../settings/get-comment-settings";
import type { ReportInput } from "../validation/report";
import { screenForBots } from "./form-token";

/** The rule a comment hidden by readers' reports is held under. */
export const REPORTED_REASON = "reported";

export type ReportContext = {
  ip: string;
  secret: string;
  /** Takes this client's turn under the report limit; false when they must wait. */
  takeTurn: (ip: string) => Promise<boolean>;
  now?: Date;
};

/**
 * Who reported, as the database keeps it: an HMAC of the comment and the client (an IPv6 /64
 * is one) under the form secret. Unique per comment, so a reader reports a comment once, and
 * not an address: IPv4's four billion could be tried against a plain hash, not against this.
 */
export function reporterKey(commentId: number, ip: string, secret: string): string {
  return createHmac("sha256", secret)
    .update(`report:${commentId}:${clientKey(ip)}`)
    .digest("base64url");
}

/**
 * "Report this comment": bot checks, an approved comment on this story, one report per reader
 * per comment, the report limit; the report that reaches the newsroom's threshold sends the
 * comment back to Pending (reason "reported"), in the same transaction. Returns whether it did,
 * so the caller refreshes the story's pages.
 */
export async function reportComment(
  db: Database,
  input: ReportInput,
  ctx: ReportContext,
): Promise<{ hidden: boolean; storyId: number }> {
  const now = ctx.now ?? new Date();
  if ((await screenForBots(db, input, { secret: ctx.secret, ip: ctx.ip, now })) !== "valid") {
    throw new Refusal("form-expired");
  }
  const comment = await db.comment.findFirst({
    where: { id: input.commentId, articleId: input.storyId, status: "approved" },
    select: { id: true },
  });
  if (!comment) throw new Refusal("comment-not-found");
  const key = reporterKey(comment.id, ctx.ip, ctx.secret);
  if (
    await db.commentReport.findUnique({
      where: { commentId_reporterKey: { commentId: comment.id, reporterKey: key } },
    })
  ) {
    throw new Refusal("already-reported");
  }
  if (!(await ctx.takeTurn(ctx.ip))) throw new Refusal("too-many-reports");
  const { reportThreshold } = await getCommentSettings(db);
  try {
    return await db.$transaction(async (tx) => {
      // Holds the comment's row until the end (on SQLite the whole file is held anyway), so two
      // reports arriving together are counted one after the other: on PostgreSQL each would
      // otherwise count without the other's row, and the threshold could pass unseen.
      const held = await tx.$executeRaw`
        UPDATE "Comment" SET "depth" = "depth" WHERE "id" = ${comment.id} AND "status" = 'approved'`;
      if (held === 0) throw new Refusal("comment-not-found");
      await tx.commentReport.create({
        data: {
          commentId: comment.id,
          reason: input.reason,
          note: input.note,
          reporterKey: key,
          createdAt: now,
        },
      });
      const reports = await tx.commentReport.count({ where: { commentId: comment.id } });
      if (reports < reportThreshold) return { hidden: false, storyId: input.storyId };
      await tx.comment.update({
        where: { id: comment.id },
        data: { status: "pending", moderationReason: REPORTED_REASON },
      });
      return { hidden: true, storyId: input.storyId };
    }, transactionOptions);
  } catch (error) {
    // The same reader reporting twice at the same moment: the unique key lets one through.
    if ((error as { code?: string }).code === "P2002") throw new Refusal("already-reported");
    throw error;
  }
}
