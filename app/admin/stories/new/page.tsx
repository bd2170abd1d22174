import type { Metadata } from "next";
import { StoryEditor } from "@/components/admin/StoryEditor";
import { staffForPage } from "@/lib/auth/staff-page";
import { env } from "@/lib/env";
import { emptyStoryValues } from "@/lib/newsroom/story-form";
import { saveStoryAction } from "../actions";
import { listSections } from "@/lib/data/reader";

export const metadata: Metadata = { title: "New article" };

export default async function NewStoryPage() {
  await staffForPage("stories", "/admin/stories/new");
  return (
    <>
      <h1 className="text-3xl font-bold">New article</h1>
      <StoryEditor
        action={saveStoryAction}
        initial={emptyStoryValues}
        status={null}
        href={null}
        sections={await listSections()}
        timeZone={env.SITE_TIMEZONE}
        permalink="/admin/stories/new"
      />
    </>
  );
}
