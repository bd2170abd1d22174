-- CreateTable
CREATE TABLE "SpentFormToken" (
    "key" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SpentFormToken_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "SpentFormToken_expiresAt_idx" ON "SpentFormToken"("expiresAt");

