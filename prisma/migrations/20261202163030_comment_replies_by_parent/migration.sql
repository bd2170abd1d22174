-- CreateIndex
CREATE INDEX "Comment_parentId_status_createdAt_idx" ON "Comment"("parentId", "status", "createdAt");

