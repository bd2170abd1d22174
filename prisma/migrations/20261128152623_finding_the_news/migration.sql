-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Article" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "headline" TEXT NOT NULL,
    "standfirst" TEXT,
    "body" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "agency" TEXT NOT NULL,
    "agencySlug" TEXT NOT NULL DEFAULT '',
    "byline" TEXT,
    "bylineSlug" TEXT,
    "sectionId" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "publishedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "commentsOpen" BOOLEAN NOT NULL DEFAULT true,
    "revision" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Article_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Article" ("agency", "body", "byline", "commentsOpen", "createdAt", "headline", "id", "place", "publishedAt", "revision", "sectionId", "slug", "standfirst", "status", "updatedAt") SELECT "agency", "body", "byline", "commentsOpen", "createdAt", "headline", "id", "place", "publishedAt", "revision", "sectionId", "slug", "standfirst", "status", "updatedAt" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE UNIQUE INDEX "Article_slug_key" ON "Article"("slug");
CREATE INDEX "Article_status_publishedAt_idx" ON "Article"("status", "publishedAt");
CREATE INDEX "Article_sectionId_status_publishedAt_idx" ON "Article"("sectionId", "status", "publishedAt");
CREATE INDEX "Article_agencySlug_status_publishedAt_idx" ON "Article"("agencySlug", "status", "publishedAt");
CREATE INDEX "Article_bylineSlug_status_publishedAt_idx" ON "Article"("bylineSlug", "status", "publishedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Hand-written (docs/adr/0007-finding-the-news.md): full-text search with FTS5, an
-- external-content index over Article kept in step by triggers. A later migration that
-- redefines Article (Prisma's RedefineTables) drops these triggers and must create them again;
-- lib/search/search-stories.test.ts fails if it does not.
CREATE VIRTUAL TABLE "ArticleSearch" USING fts5(
  headline, standfirst, place, body,
  content='Article', content_rowid='id',
  tokenize='porter unicode61 remove_diacritics 2'
);

INSERT INTO "ArticleSearch"("ArticleSearch") VALUES ('rebuild');

CREATE TRIGGER "Article_search_insert" AFTER INSERT ON "Article" BEGIN
  INSERT INTO "ArticleSearch"(rowid, headline, standfirst, place, body)
  VALUES (new."id", new."headline", new."standfirst", new."place", new."body");
END;

CREATE TRIGGER "Article_search_delete" AFTER DELETE ON "Article" BEGIN
  INSERT INTO "ArticleSearch"("ArticleSearch", rowid, headline, standfirst, place, body)
  VALUES ('delete', old."id", old."headline", old."standfirst", old."place", old."body");
END;

CREATE TRIGGER "Article_search_update" AFTER UPDATE OF "headline", "standfirst", "place", "body" ON "Article" BEGIN
  INSERT INTO "ArticleSearch"("ArticleSearch", rowid, headline, standfirst, place, body)
  VALUES ('delete', old."id", old."headline", old."standfirst", old."place", old."body");
  INSERT INTO "ArticleSearch"(rowid, headline, standfirst, place, body)
  VALUES (new."id", new."headline", new."standfirst", new."place", new."body");
END;
