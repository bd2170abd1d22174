-- CreateTable
CREATE TABLE "StoryPhoto" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,
    "widths" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "alt" TEXT NOT NULL,
    "caption" TEXT,
    "credit" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StoryPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StoryPhoto_articleId_key" ON "StoryPhoto"("articleId");

-- AddForeignKey
ALTER TABLE "StoryPhoto" ADD CONSTRAINT "StoryPhoto_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

