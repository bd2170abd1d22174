import type { Metadata } from "next";
import { SettingsForm } from "@/components/admin/SettingsForm";
import { staffForPage } from "@/lib/auth/staff-page";
import { db } from "@/lib/db";
import { settingsToValues } from "@/lib/newsroom/comment-settings-form";
import { getCommentSettings } from "@/lib/settings/get-comment-settings";
import { saveSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await staffForPage("settings", "/admin/settings");
  const settings = await getCommentSettings(db);
  return (
    <>
      <h1 className="text-3xl font-bold">Comment settings</h1>
      <SettingsForm action={saveSettingsAction} initial={settingsToValues(settings)} />
    </>
  );
}
