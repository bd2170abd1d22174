-- AlterTable
ALTER TABLE "Comment" ADD COLUMN     "thread" INTEGER;

-- CreateTable
CREATE TABLE "CommentTally" (
    "articleId" INTEGER NOT NULL,
    "approved" INTEGER NOT NULL DEFAULT 0,
    "pending" INTEGER NOT NULL DEFAULT 0,
    "threads" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CommentTally_pkey" PRIMARY KEY ("articleId")
);

-- CreateIndex
CREATE INDEX "Comment_status_createdAt_id_idx" ON "Comment"("status", "createdAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Comment_articleId_thread_key" ON "Comment"("articleId", "thread");

-- AddForeignKey
ALTER TABLE "CommentTally" ADD CONSTRAINT "CommentTally_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Existing comments: thread numbers in the order pages showed them (oldest first), and counts.
UPDATE "Comment" SET "thread" = numbered."n"
FROM (
  SELECT "id", ROW_NUMBER() OVER (PARTITION BY "articleId" ORDER BY "createdAt", "id") - 1 AS "n"
  FROM "Comment" WHERE "status" = 'approved' AND "parentId" IS NULL
) AS numbered
WHERE "Comment"."id" = numbered."id";

INSERT INTO "CommentTally" ("articleId", "approved", "pending", "threads")
SELECT "articleId", COUNT(*) FILTER (WHERE "status" = 'approved'), COUNT(*) FILTER (WHERE "status" = 'pending'), COUNT("thread")
FROM "Comment" GROUP BY "articleId";

-- The tallies follow every write, whoever makes it: the app, an import, a cascade. The story's
-- tally row is locked by the upsert, so two comments approved at once get different numbers.
CREATE FUNCTION "comment_thread_number"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" = 'approved' AND NEW."parentId" IS NULL AND NEW."thread" IS NULL THEN
    INSERT INTO "CommentTally" AS t ("articleId", "threads") VALUES (NEW."articleId", 1)
    ON CONFLICT ("articleId") DO UPDATE SET "threads" = t."threads" + 1
    RETURNING t."threads" - 1 INTO NEW."thread";
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "Comment_thread_number" BEFORE INSERT OR UPDATE OF "status" ON "Comment"
FOR EACH ROW EXECUTE FUNCTION "comment_thread_number"();

CREATE FUNCTION "comment_tally"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    UPDATE "CommentTally" SET
      "approved" = "approved" - (OLD."status" = 'approved')::int,
      "pending" = "pending" - (OLD."status" = 'pending')::int
    WHERE "articleId" = OLD."articleId";
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO "CommentTally" AS t ("articleId", "approved", "pending")
    VALUES (NEW."articleId", (NEW."status" = 'approved')::int, (NEW."status" = 'pending')::int)
    ON CONFLICT ("articleId") DO UPDATE SET
      "approved" = t."approved" + EXCLUDED."approved",
      "pending" = t."pending" + EXCLUDED."pending";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Comment_tally" AFTER INSERT OR DELETE OR UPDATE OF "status" ON "Comment"
FOR EACH ROW EXECUTE FUNCTION "comment_tally"();
