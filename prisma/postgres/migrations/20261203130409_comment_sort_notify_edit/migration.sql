-- AlterTable
ALTER TABLE "Comment" ADD COLUMN     "featuredAt" TIMESTAMP(3),
ADD COLUMN     "notifyReplies" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "replyNoticeAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ReplyNotifyAddress" (
    "email" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "confirmedAt" TIMESTAMP(3),
    "confirmationSentAt" TIMESTAMP(3),
    "stoppedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReplyNotifyAddress_pkey" PRIMARY KEY ("email")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReplyNotifyAddress_token_key" ON "ReplyNotifyAddress"("token");

-- CreateIndex
CREATE INDEX "Comment_articleId_featuredAt_idx" ON "Comment"("articleId", "featuredAt");

