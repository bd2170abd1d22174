-- CreateTable
CREATE TABLE "SpentFormToken" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "SpentFormToken_expiresAt_idx" ON "SpentFormToken"("expiresAt");

