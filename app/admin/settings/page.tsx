import type { Metadata } from "next";
import { SettingsForm } from "@/components/admin/SettingsForm";
import { staffForPage } from "@/lib/auth/staff-page";
import { settingsToValues } from "@/lib/newsroom/comment-settings-form";
import { saveSettingsAction } from "./actions";
import { getCommentSettings } from "@/lib/data/newsroom";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await staffForPage("settings", "/admin/settings");
  const settings = await getCommentSettings();
  return (
    <>
      <h1 className="text-3xl font-bold">Comment settings</h1>
      <SettingsForm action={saveSettingsAction} initial={settingsToValues(settings)} />
    </>
  );
}
