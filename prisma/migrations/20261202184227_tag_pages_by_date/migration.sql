-- DropIndex
DROP INDEX "ArticleTag_tagId_idx";

-- AlterTable
ALTER TABLE "ArticleTag" ADD COLUMN "publishedAt" DATETIME;

-- CreateIndex
CREATE INDEX "ArticleTag_tagId_publishedAt_articleId_idx" ON "ArticleTag"("tagId", "publishedAt", "articleId");


UPDATE "ArticleTag" SET "publishedAt" = (SELECT "publishedAt" FROM "Article" WHERE "id" = "ArticleTag"."articleId");

-- Kept by the database, whoever writes: a tag added to a story, a story's time set or changed.
CREATE TRIGGER "ArticleTag_published_insert" AFTER INSERT ON "ArticleTag" BEGIN
  UPDATE "ArticleTag" SET "publishedAt" = (SELECT "publishedAt" FROM "Article" WHERE "id" = new."articleId")
  WHERE "articleId" = new."articleId" AND "tagId" = new."tagId";
END;

CREATE TRIGGER "Article_published_tags" AFTER UPDATE OF "publishedAt" ON "Article"
WHEN old."publishedAt" IS NOT new."publishedAt" BEGIN
  UPDATE "ArticleTag" SET "publishedAt" = new."publishedAt" WHERE "articleId" = new."id";
END;
