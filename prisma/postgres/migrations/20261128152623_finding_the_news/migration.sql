-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "agencySlug" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "bylineSlug" TEXT;

-- CreateIndex
CREATE INDEX "Article_agencySlug_status_publishedAt_idx" ON "Article"("agencySlug", "status", "publishedAt");

-- CreateIndex
CREATE INDEX "Article_bylineSlug_status_publishedAt_idx" ON "Article"("bylineSlug", "status", "publishedAt");


-- Hand-written: full-text search (docs/adr/0007-finding-the-news.md)
ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', coalesce("headline", '')), 'A') ||
  setweight(to_tsvector('english', coalesce("standfirst", '') || ' ' || "place"), 'B') ||
  setweight(to_tsvector('english', "body"), 'C')
) STORED;

CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");
