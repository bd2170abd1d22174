-- AlterTable
ALTER TABLE "Comment" ADD COLUMN "thread" INTEGER;

-- CreateTable
CREATE TABLE "CommentTally" (
    "articleId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "approved" INTEGER NOT NULL DEFAULT 0,
    "pending" INTEGER NOT NULL DEFAULT 0,
    "threads" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "CommentTally_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Comment_status_createdAt_id_idx" ON "Comment"("status", "createdAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Comment_articleId_thread_key" ON "Comment"("articleId", "thread");


-- Existing comments: thread numbers in the order pages showed them (oldest first), and counts.
UPDATE "Comment" SET "thread" = numbered."n"
FROM (
  SELECT "id", ROW_NUMBER() OVER (PARTITION BY "articleId" ORDER BY "createdAt", "id") - 1 AS "n"
  FROM "Comment" WHERE "status" = 'approved' AND "parentId" IS NULL
) AS numbered
WHERE "Comment"."id" = numbered."id";

INSERT INTO "CommentTally" ("articleId", "approved", "pending", "threads")
SELECT "articleId", SUM("status" = 'approved'), SUM("status" = 'pending'), COUNT("thread")
FROM "Comment" GROUP BY "articleId";

-- The tallies follow every write, whoever makes it: the app, an import, a cascade.
CREATE TRIGGER "Comment_tally_insert" AFTER INSERT ON "Comment" BEGIN
  INSERT INTO "CommentTally" ("articleId") VALUES (new."articleId") ON CONFLICT DO NOTHING;
  UPDATE "Comment" SET "thread" = (SELECT "threads" FROM "CommentTally" WHERE "articleId" = new."articleId")
  WHERE "id" = new."id" AND new."status" = 'approved' AND new."parentId" IS NULL AND new."thread" IS NULL;
  UPDATE "CommentTally" SET
    "approved" = "approved" + (new."status" = 'approved'),
    "pending" = "pending" + (new."status" = 'pending'),
    "threads" = "threads" + (new."status" = 'approved' AND new."parentId" IS NULL AND new."thread" IS NULL)
  WHERE "articleId" = new."articleId";
END;

CREATE TRIGGER "Comment_tally_status" AFTER UPDATE OF "status" ON "Comment" WHEN old."status" <> new."status" BEGIN
  UPDATE "Comment" SET "thread" = (SELECT "threads" FROM "CommentTally" WHERE "articleId" = new."articleId")
  WHERE "id" = new."id" AND new."status" = 'approved' AND new."parentId" IS NULL AND new."thread" IS NULL;
  UPDATE "CommentTally" SET
    "approved" = "approved" + (new."status" = 'approved') - (old."status" = 'approved'),
    "pending" = "pending" + (new."status" = 'pending') - (old."status" = 'pending'),
    "threads" = "threads" + (new."status" = 'approved' AND new."parentId" IS NULL AND new."thread" IS NULL)
  WHERE "articleId" = new."articleId";
END;

CREATE TRIGGER "Comment_tally_delete" AFTER DELETE ON "Comment" BEGIN
  UPDATE "CommentTally" SET
    "approved" = "approved" - (old."status" = 'approved'),
    "pending" = "pending" - (old."status" = 'pending')
  WHERE "articleId" = old."articleId";
END;
