import type { Database } from "../database/create-client";
import { authorize, type Staff } from "../auth/roles";
import { recordAudit } from "../audit/record-audit";
import { COMMENT_SETTINGS_KEY, type CommentSettings } from "../settings/comment-settings";

/** Stores the comment settings (admins only); they apply to the next comment posted. */
export async function saveCommentSettings(
  db: Database,
  staff: Staff | null,
  settings: CommentSettings,
): Promise<void> {
  authorize(staff, "settings");
  const value = JSON.stringify(settings);
  await db.$transaction(async (tx) => {
    await tx.setting.upsert({
      where: { key: COMMENT_SETTINGS_KEY },
      create: { key: COMMENT_SETTINGS_KEY, value },
      update: { value },
    });
    await recordAudit(tx, staff, { action: "settings.comments", summary: "Comment settings" });
  });
}
