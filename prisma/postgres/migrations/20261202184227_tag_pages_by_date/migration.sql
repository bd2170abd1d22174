-- DropIndex
DROP INDEX "ArticleTag_tagId_idx";

-- AlterTable
ALTER TABLE "ArticleTag" ADD COLUMN     "publishedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "ArticleTag_tagId_publishedAt_articleId_idx" ON "ArticleTag"("tagId", "publishedAt", "articleId");


UPDATE "ArticleTag" t SET "publishedAt" = a."publishedAt" FROM "Article" a WHERE a."id" = t."articleId";

-- Kept by the database, whoever writes: a tag added to a story, a story's time set or changed.
CREATE FUNCTION "article_tag_published"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT "publishedAt" INTO NEW."publishedAt" FROM "Article" WHERE "id" = NEW."articleId";
  RETURN NEW;
END $$;

CREATE TRIGGER "ArticleTag_published" BEFORE INSERT ON "ArticleTag"
FOR EACH ROW EXECUTE FUNCTION "article_tag_published"();

CREATE FUNCTION "article_published_tags"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ArticleTag" SET "publishedAt" = NEW."publishedAt" WHERE "articleId" = NEW."id";
  RETURN NULL;
END $$;

CREATE TRIGGER "Article_published_tags" AFTER UPDATE OF "publishedAt" ON "Article"
FOR EACH ROW WHEN (OLD."publishedAt" IS DISTINCT FROM NEW."publishedAt")
EXECUTE FUNCTION "article_published_tags"();
