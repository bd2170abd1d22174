"use server";

import type { FormAction } from "@/lib/actions/form-state";
import { newsroomAction } from "@/lib/actions/newsroom-action";
import { revalidateEverything } from "@/lib/cache/revalidate-reader-pages";
import { settingsFields, settingsForm, type SettingsFormState } from "@/lib/newsroom/comment-settings-form";
import { saveCommentSettings } from "@/lib/newsroom/save-comment-settings";

/** The comment settings form. */
export const saveSettingsAction: FormAction<SettingsFormState> = newsroomAction("settings", {
  name: "save settings",
  fields: settingsFields,
  schema: settingsForm,
  run: async (settings, { db, staff }) => {
    await saveCommentSettings(db, staff, settings);
    // Auto-close changes what every story page says about its comments.
    revalidateEverything();
    return {};
  },
});
