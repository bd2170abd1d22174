import { storyPath } from "../articles/story-paths";
import { visibleToReaders } from "../articles/story-view";
import type { Database } from "../database/create-client";
import { transactionOptions } from "../database/retry-write";
import { messageId } from "../email/envelope";
import { Refusal } from "../errors";
import { commentsCloseAt } from "../settings/comment-settings";
import { getCommentSettings } from "../settings/get-comment-settings";
import type { CommentInput } from "../validation/comment";
import { MAX_DEPTH, type CommentView } from "./comment-view";
import { commenterStanding } from "./commenter-standing";
import { commentFingerprint } from "./fingerprint";
import { screenForBots } from "./form-token";
import { moderate } from "./moderation/rules";
import { renderCommentNotice } from "./newsroom-notice";
import { queueReplyNotice, requestReplyEmails, type ReplyMail } from "./reply-emails";

export type PostingContext = {
  ip: string;
  secret: string;
  /** Takes this visitor's turn under the flood limit; false when they must wait. */
  takeTurn: (ip: string, email: string) => Promise<boolean>;
  /** Where new and held comments are reported by email, through the outbox; none when unset. */
  newsroom?: { email: string; mailFrom: string; siteUrl: string };
  /** Reply emails (the confirmation, and the notice to a replied-to commenter); none when unset. */
  replyMail?: ReplyMail;
  now?: Date;
};

export type PostedComment = CommentView & {
  storyId: number;
  sectionSlug: string;
  storySlug: string;
  reason: string;
};

/**
 * Leave a Reply, the use case: bot checks, an open story, a valid parent, no duplicate, the
 * flood limit, then the moderation rules decide the status, stored with its reason.
 * Refusals are thrown as Refusal; nothing is written for them.
 */
export async function createComment(
  db: Database,
  input: CommentInput,
  ctx: PostingContext,
): Promise<PostedComment> {
  const now = ctx.now ?? new Date();
  const tokenCheck = await screenForBots(db, input, { secret: ctx.secret, ip: ctx.ip, now });

  const story = await db.article.findFirst({
    where: { id: input.storyId, ...visibleToReaders(now) },
    select: {
      id: true,
      slug: true,
      headline: true,
      publishedAt: true,
      commentsOpen: true,
      section: { select: { slug: true } },
    },
  });
  if (!story) throw new Refusal("story-not-found");
  const settings = await getCommentSettings(db);
  const closesAt = commentsCloseAt(story.publishedAt ?? now, settings);
  if (!story.commentsOpen || (closesAt && closesAt <= now)) throw new Refusal("comments-closed");

  let depth = 1;
  if (input.parentId !== null) {
    const parent = await db.comment.findFirst({
      where: { id: input.parentId, articleId: story.id, status: "approved" },
      select: { depth: true },
    });
    if (!parent) throw new Refusal("reply-target-invalid");
    if (parent.depth >= MAX_DEPTH) throw new Refusal("reply-too-deep");
    depth = parent.depth + 1;
  }

  const fingerprint = commentFingerprint(story.id, input.parentId, input.email, input.comment);
  if (await db.comment.findUnique({ where: { fingerprint }, select: { id: true } })) {
    throw new Refusal("duplicate-comment");
  }
  if (!(await ctx.takeTurn(ctx.ip, input.email))) throw new Refusal("posting-too-quickly");

  const { knownCommenter, staffAddress } = await commenterStanding(db, input.email);
  const verdict = moderate(
    {
      body: input.comment,
      authorName: input.name,
      authorEmail: input.email,
      authorUrl: input.website,
      tokenCheck,
      knownCommenter,
      staffAddress,
    },
    settings,
  );

  try {
    // The comment and the emails about it are stored together, or none is.
    const row = await db.$transaction(async (tx) => {
      const comment = await tx.comment.create({
        data: {
          articleId: story.id,
          parentId: input.parentId,
          depth,
          authorName: input.name,
          authorEmail: input.email,
          authorUrl: input.website,
          body: input.comment,
          status: verdict.status,
          moderationReason: verdict.reason,
          ip: ctx.ip,
          fingerprint,
          notifyReplies: input.notify,
          createdAt: now,
        },
      });
      if (ctx.replyMail) {
        if (input.notify && comment.status !== "spam")
          await requestReplyEmails(tx, input.email, ctx.replyMail, now);
        if (comment.status === "approved") await queueReplyNotice(tx, comment.id, ctx.replyMail, now);
      }
      if (ctx.newsroom && comment.status !== "spam") {
        const notice = renderCommentNotice({
          commentId: comment.id,
          status: comment.status === "approved" ? "approved" : "pending",
          reason: verdict.reason,
          authorName: comment.authorName,
          authorEmail: comment.authorEmail,
          ip: ctx.ip,
          body: comment.body,
          headline: story.headline,
          storyUrl: `${ctx.newsroom.siteUrl}${storyPath(story.section.slug, story.slug)}`,
        });
        await tx.outboxMessage.create({
          data: {
            toAddress: ctx.newsroom.email,
            fromAddress: ctx.newsroom.mailFrom,
            ...notice,
            messageId: messageId("comment", comment.id, ctx.newsroom.siteUrl),
            nextAttemptAt: now,
          },
        });
      }
      return comment;
    }, transactionOptions);
    return {
      id: row.id,
      parentId: row.parentId,
      depth: row.depth,
      authorName: row.authorName,
      authorUrl: row.authorUrl,
      body: row.body,
      createdAt: row.createdAt,
      editedAt: null,
      // Spam is shown to its author as held, like any comment others cannot see yet.
      status: row.status === "approved" ? "approved" : "pending",
      storyId: story.id,
      sectionSlug: story.section.slug,
      storySlug: story.slug,
      reason: verdict.reason,
    };
  } catch (error) {
    // Two identical posts at the same moment: the unique fingerprint lets one through.
    if ((error as { code?: string }).code === "P2002") throw new Refusal("duplicate-comment");
    throw error;
  }
}
