-- Written by hand: Prisma's generated version rebuilt the Comment table, which would drop the
-- tally and thread-number triggers; adding the columns keeps them.
ALTER TABLE "Comment" ADD COLUMN "featuredAt" DATETIME;
ALTER TABLE "Comment" ADD COLUMN "notifyReplies" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Comment" ADD COLUMN "replyNoticeAt" DATETIME;

-- CreateIndex
CREATE INDEX "Comment_articleId_featuredAt_idx" ON "Comment"("articleId", "featuredAt");

-- CreateTable
CREATE TABLE "ReplyNotifyAddress" (
    "email" TEXT NOT NULL PRIMARY KEY,
    "token" TEXT NOT NULL,
    "confirmedAt" DATETIME,
    "confirmationSentAt" DATETIME,
    "stoppedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "ReplyNotifyAddress_token_key" ON "ReplyNotifyAddress"("token");
