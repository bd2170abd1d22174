import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StoryEditor } from "@/components/admin/StoryEditor";
import { staffForPage } from "@/lib/auth/staff-page";
import { env } from "@/lib/env";
import { positiveInteger } from "@/lib/validation/query-params";
import { savedMessages } from "@/lib/newsroom/story-form";
import { saveStoryAction } from "../actions";
import { listSections } from "@/lib/data/reader";
import { getStoryForEditing } from "@/lib/data/newsroom";

export const metadata: Metadata = { title: "Edit story" };

export default async function EditStoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const { id: raw } = await params;
  const id = positiveInteger(raw) ?? 0;
  const path = `/admin/stories/${id}`;
  const staff = await staffForPage("stories", path);
  const story = id ? await getStoryForEditing(staff, id) : null;
  if (!story) notFound();
  const { saved } = await searchParams;
  const notice =
    saved && saved in savedMessages ? savedMessages[saved as keyof typeof savedMessages] : undefined;
  return (
    <>
      <p>
        <Link href="/admin/stories" className="underline">
          Back to the stories
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">Edit story</h1>
      <StoryEditor
        action={saveStoryAction}
        initial={story.values}
        status={story.status}
        href={story.href}
        sections={await listSections()}
        timeZone={env.SITE_TIMEZONE}
        permalink={path}
        notice={notice}
      />
    </>
  );
}
