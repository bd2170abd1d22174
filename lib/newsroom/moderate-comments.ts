import type { Database } from "../database/create-client";
import { authorize, type Staff } from "../auth/roles";
import { MAX_DEPTH } from "../comments/comment-view";
import { commentFingerprint } from "../comments/fingerprint";
import { queueReplyNotice, type ReplyMail } from "../comments/reply-emails";
import { commentBody } from "../validation/comment";
import { featuredAfter, isFeatureAction, statusAfter, type ModerationAction } from "./moderation-actions";
import { Refusal } from "../errors";
import { transactionOptions } from "../database/retry-write";
import { recordAudit, type AuditEntry } from "../audit/record-audit";

/**
 * "comment 12 on “Kerry meets Lavrov”": the id finds the comment; the log keeps no commenter's
 * name or address, so erasing a person (lib/privacy) leaves nothing of them here.
 */
const commentSummary = (comment: { id: number; article: { headline: string } }) =>
  `comment ${comment.id} on “${comment.article.headline}”`;

/** The stories whose reader pages show different comments after a change. */
export type ModerationResult = { changed: number; storyIds: number[] };

/** Publishing actions: what they publish must be what the moderator read. */
const PUBLISHING: readonly ModerationAction[] = ["approve", "dismiss"];

/**
 * Applies one moderation action to a selection of comments in one transaction. Comments the
 * action does not apply to are left as they are. Deleting removes a comment and its replies.
 * Featuring and unfeaturing change only Editors' picks: a pick is no verdict on readers'
 * reports, so those stay for the Reported tab. An approved reply's parent author is emailed
 * (with `mail`) if they asked.
 */
export async function moderateComments(
  db: Database,
  staff: Staff | null,
  { ids, action, readAt = null }: { ids: number[]; action: ModerationAction; readAt?: Date | null },
  mail?: ReplyMail,
): Promise<ModerationResult & { unread: number }> {
  authorize(staff, "comments");
  if (ids.length === 0) throw new Refusal("none-selected");
  return db.$transaction(async (tx) => {
    const comments = await tx.comment.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        status: true,
        articleId: true,
        featuredAt: true,
        editedAt: true,
        article: { select: { headline: true } },
      },
      // The triggers lock each story's tally: always in one order, so two moderators never deadlock.
      orderBy: [{ articleId: "asc" }, { id: "asc" }],
    });
    const storyIds = new Set<number>();
    const logged: AuditEntry[] = [];
    const log = (comment: (typeof comments)[number]) =>
      logged.push({ action: `comment.${action}`, subjectId: comment.id, summary: commentSummary(comment) });
    let changed = 0;
    let unread = 0;
    for (const comment of comments) {
      // Its author corrected it (edit window) after the moderator's page was rendered.
      if (PUBLISHING.includes(action) && readAt && comment.editedAt && comment.editedAt > readAt) {
        unread++;
        continue;
      }
      if (isFeatureAction(action)) {
        const featured = featuredAfter(action, {
          status: comment.status,
          featured: comment.featuredAt !== null,
        });
        if (featured === null) continue;
        await tx.comment.update({
          where: { id: comment.id },
          data: { featuredAt: featured ? new Date() : null },
        });
        if (comment.status === "approved") storyIds.add(comment.articleId);
        log(comment);
        changed++;
        continue;
      }
      const next = statusAfter(action, comment.status);
      if (!next) continue;
      if (next === "deleted") await tx.comment.delete({ where: { id: comment.id } });
      else {
        if (next !== comment.status)
          await tx.comment.update({
            where: { id: comment.id },
            // A pick that leaves the story stops being one: restored later, it is not a pick unasked.
            data: { status: next, ...(next === "approved" ? {} : { featuredAt: null }) },
          });
        if (next === "approved" && mail) await queueReplyNotice(tx, comment.id, mail, new Date());
        // A moderator has looked at it: readers' earlier reports no longer count towards hiding it.
        await tx.commentReport.deleteMany({ where: { commentId: comment.id } });
      }
      if (comment.status === "approved" || next === "approved") storyIds.add(comment.articleId);
      log(comment);
      changed++;
    }
    await recordAudit(tx, staff, logged);
    return { changed, unread, storyIds: [...storyIds] };
  }, transactionOptions);
}

/** A moderator's correction of a comment's text. */
export async function editCommentText(
  db: Database,
  staff: Staff | null,
  { id, text }: { id: number; text: string },
): Promise<ModerationResult> {
  authorize(staff, "comments");
  const parsed = commentBody.safeParse(text);
  if (!parsed.success) throw new Refusal("comment-text-invalid", parsed.error.issues[0]!.message);
  const comment = await db.comment.findUnique({
    where: { id },
    select: {
      id: true,
      articleId: true,
      status: true,
      article: { select: { headline: true } },
    },
  });
  if (!comment) throw new Refusal("comment-gone");
  await db.$transaction(async (tx) => {
    await tx.comment.update({ where: { id }, data: { body: parsed.data, editedAt: new Date() } });
    await recordAudit(tx, staff, { action: "comment.edit", subjectId: id, summary: commentSummary(comment) });
  }, transactionOptions);
  return { changed: 1, storyIds: comment.status === "approved" ? [comment.articleId] : [] };
}

/** A reply from the newsroom, approved at once and shown with a staff badge. */
export async function replyAsNewsroom(
  db: Database,
  staff: Staff | null,
  { parentId, text }: { parentId: number; text: string },
  mail?: ReplyMail,
): Promise<ModerationResult & { id: number }> {
  authorize(staff, "comments");
  const parsed = commentBody.safeParse(text);
  if (!parsed.success) throw new Refusal("comment-text-invalid", parsed.error.issues[0]!.message);
  const parent = await db.comment.findUnique({
    where: { id: parentId },
    select: {
      id: true,
      articleId: true,
      depth: true,
      status: true,
      article: { select: { headline: true } },
    },
  });
  if (!parent) throw new Refusal("comment-gone");
  if (parent.status !== "approved") throw new Refusal("reply-needs-approval");
  if (parent.depth >= MAX_DEPTH) throw new Refusal("reply-too-deep");
  try {
    const reply = await db.$transaction(async (tx) => {
      const created = await tx.comment.create({
        data: {
          articleId: parent.articleId,
          parentId: parent.id,
          depth: parent.depth + 1,
          authorName: staff.name,
          authorEmail: staff.email,
          body: parsed.data,
          status: "approved",
          moderationReason: "newsroom",
          ip: "newsroom",
          staffUserId: staff.id,
          fingerprint: commentFingerprint(parent.articleId, parent.id, staff.email, parsed.data),
        },
        select: { id: true },
      });
      if (mail) await queueReplyNotice(tx, created.id, mail, new Date());
      await recordAudit(tx, staff, {
        action: "comment.reply",
        subjectId: created.id,
        summary: `reply to ${commentSummary(parent)}`,
      });
      return created;
    }, transactionOptions);
    return { id: reply.id, changed: 1, storyIds: [parent.articleId] };
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") {
      throw new Refusal("reply-already-sent");
    }
    throw error;
  }
}
