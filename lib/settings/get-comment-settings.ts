import type { Database } from "../database/create-client";
import { COMMENT_SETTINGS_KEY, parseCommentSettings, type CommentSettings } from "./comment-settings";

/** The newsroom's comment settings, or the defaults. */
export async function getCommentSettings(db: Database): Promise<CommentSettings> {
  const row = await db.setting.findUnique({ where: { key: COMMENT_SETTINGS_KEY } });
  return parseCommentSettings(row?.value);
}
