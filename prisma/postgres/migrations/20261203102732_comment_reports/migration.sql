-- CreateEnum
CREATE TYPE "ReportReason" AS ENUM ('spam', 'abuse', 'off_topic', 'other');

-- CreateTable
CREATE TABLE "CommentReport" (
    "id" SERIAL NOT NULL,
    "commentId" INTEGER NOT NULL,
    "reason" "ReportReason" NOT NULL,
    "note" TEXT,
    "reporterKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommentReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CommentReport_createdAt_idx" ON "CommentReport"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CommentReport_commentId_reporterKey_key" ON "CommentReport"("commentId", "reporterKey");

-- AddForeignKey
ALTER TABLE "CommentReport" ADD CONSTRAINT "CommentReport_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

