"use server";

import { currentStaff } from "@/lib/auth/current-staff";
import { answerNotAllowed } from "@/lib/auth/not-allowed";
import { revalidateEverything } from "@/lib/cache/revalidate-reader-pages";
import { db } from "@/lib/db";
import { settingsFields, settingsForm, type SettingsFormState } from "@/lib/newsroom/comment-settings-form";
import { saveCommentSettings } from "@/lib/newsroom/save-comment-settings";
import { fieldErrors, formValues } from "@/lib/validation/form-state";

export async function saveSettingsAction(
  _previous: SettingsFormState,
  form: FormData,
): Promise<SettingsFormState> {
  const values = formValues(form, settingsFields);
  // Parsed from the whole post, so an over-long list is refused rather than cut short.
  const parsed = settingsForm.safeParse(
    Object.fromEntries(settingsFields.map((field) => [field, String(form.get(field) ?? "")])),
  );
  if (!parsed.success)
    return { status: "invalid", values, fieldErrors: fieldErrors(parsed.error, settingsFields) };
  try {
    await saveCommentSettings(db, await currentStaff(), parsed.data);
  } catch (error) {
    answerNotAllowed(error);
    throw error;
  }
  // Auto-close changes what every story page says about its comments.
  revalidateEverything();
  return { status: "saved", values };
}
