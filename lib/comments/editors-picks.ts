import "server-only";
import type { Database } from "../database/create-client";

/** Editors' picks shown above a story's comments, at most. */
export const EDITORS_PICKS_SHOWN = 10;

/** A featured comment as the Editors' picks block quotes it. */
export type EditorsPick = {
  id: number;
  authorName: string;
  authorUrl: string | null;
  body: string;
  createdAt: Date;
  staff: boolean;
};

type Row = {
  id: number | bigint;
  authorName: string;
  authorUrl: string | null;
  body: string;
  createdAt: Date | string;
  staffUserId: string | null;
};

/**
 * A story's featured comments that readers can see, newest pick first, in one statement: the
 * story's featured ones from the (articleId, featuredAt) index, each walked up to its thread's
 * root over approved comments only. A pick is shown when the walk reaches the root: a pick that
 * is no longer approved, or sits under a comment that is not, is in no thread to link to.
 */
export async function listEditorsPicks(db: Database, storyId: number): Promise<EditorsPick[]> {
  const rows = await db.$queryRaw<Row[]>`
    WITH RECURSIVE chain AS (
      SELECT "id" AS "pick", "parentId" AS "above"
      FROM "Comment"
      WHERE "articleId" = ${storyId} AND "featuredAt" IS NOT NULL AND "status" = 'approved'
      UNION ALL
      SELECT chain."pick", c."parentId"
      FROM chain JOIN "Comment" c ON c."id" = chain."above"
      WHERE c."status" = 'approved'
    )
    SELECT "id", "authorName", "authorUrl", "body", "createdAt", "staffUserId"
    FROM "Comment"
    WHERE "id" IN (SELECT "pick" FROM chain WHERE "above" IS NULL)
    ORDER BY "featuredAt" DESC, "id" DESC
    LIMIT ${EDITORS_PICKS_SHOWN}`;
  return rows.map((row) => ({
    id: Number(row.id),
    authorName: row.authorName,
    authorUrl: row.authorUrl,
    body: row.body,
    createdAt: new Date(row.createdAt),
    staff: row.staffUserId !== null,
  }));
}
