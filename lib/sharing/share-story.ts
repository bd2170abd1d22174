import { randomBytes } from "node:crypto";
import { excerptOf } from "../articles/plain-text";
import { storyPath } from "../articles/story-paths";
import { screenForBots } from "../comments/form-token";
import { visibleToReaders } from "../articles/story-view";
import type { Database } from "../database/create-client";
import { messageId, subjectLine } from "../email/envelope";
import { Refusal } from "../errors";
import type { ShareInput } from "../validation/share";
import { isBlocked } from "./block-recipient";
import { addressKey } from "./email-address";
import { renderShareEmail } from "./share-email";

export type SharingContext = {
  ip: string;
  secret: string;
  siteUrl: string;
  siteName: string;
  mailFrom: string;
  /** Takes this send's turn under every share limit; false when one is used up. */
  takeTurn: (turn: { ip: string; recipient: string; storyId: number }) => Promise<boolean>;
  now?: Date;
};

/**
 * Send this to a friend, the use case: bot checks, a published story, the recipient's block,
 * the abuse limits, then the share and its email in the outbox, in one transaction. Nothing is
 * sent here; the delivery worker does that.
 */
export async function shareStory(
  db: Database,
  input: ShareInput,
  ctx: SharingContext,
): Promise<{ recipient: string; shareId: number; outboxId: number; storySlug: string }> {
  const now = ctx.now ?? new Date();
  // A share cannot wait for a moderator, so a token we cannot trust is refused, not held.
  if ((await screenForBots(db, input, { secret: ctx.secret, ip: ctx.ip, now })) !== "valid")
    throw new Refusal("form-expired");

  const story = await db.article.findFirst({
    where: { id: input.storyId, ...visibleToReaders(now) },
    select: {
      id: true,
      slug: true,
      headline: true,
      standfirst: true,
      body: true,
      place: true,
      agency: true,
      section: { select: { slug: true } },
    },
  });
  if (!story) throw new Refusal("story-not-found");
  if (await isBlocked(db, input.recipient)) throw new Refusal("recipient-blocked");
  if (!(await ctx.takeTurn({ ip: ctx.ip, recipient: addressKey(input.recipient), storyId: story.id }))) {
    throw new Refusal("too-many-shares");
  }

  const blockToken = randomBytes(18).toString("base64url");
  const email = renderShareEmail({
    story: {
      headline: story.headline,
      place: story.place,
      agency: story.agency,
      summary: excerptOf(story.standfirst, story.body, 400),
      url: `${ctx.siteUrl}${storyPath(story.section.slug, story.slug)}`,
    },
    senderName: input.senderName,
    message: input.message,
    siteName: ctx.siteName,
    blockUrl: `${ctx.siteUrl}/share/block/${blockToken}`,
  });

  const { shareId, outboxId } = await db.$transaction(async (tx) => {
    const share = await tx.share.create({
      data: {
        articleId: story.id,
        senderName: input.senderName,
        senderEmail: input.senderEmail,
        recipientEmail: input.recipient,
        message: input.message,
        blockToken,
        ip: ctx.ip,
        createdAt: now,
      },
    });
    const outbox = await tx.outboxMessage.create({
      data: {
        shareId: share.id,
        toAddress: input.recipient,
        fromAddress: ctx.mailFrom,
        replyTo: input.senderEmail,
        subject: subjectLine("share", input.senderName, story.headline),
        text: email.text,
        html: email.html,
        messageId: messageId("share", share.id, ctx.siteUrl),
        nextAttemptAt: now,
      },
    });
    return { shareId: share.id, outboxId: outbox.id };
  });
  return { recipient: input.recipient, shareId, outboxId, storySlug: story.slug };
}
