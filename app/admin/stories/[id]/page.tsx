import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StoryEditor } from "@/components/admin/StoryEditor";
import { staffForPage } from "@/lib/auth/staff-page";
import { env } from "@/lib/env";
import { positiveInteger } from "@/lib/validation/query-params";
import { savedMessages } from "@/lib/newsroom/story-form";
import { StoryNoteForm } from "@/components/admin/StoryNoteForm";
import { formatShortDateTime } from "@/lib/dates/format-date";
import { noteLabels } from "@/lib/corrections/story-notes";
import { StoryPhotoForm } from "@/components/admin/StoryPhotoForm";
import { buttonClass } from "@/components/admin/styles";
import { photoShareUrl } from "@/lib/media/photo-view";
import {
  addStoryNoteAction,
  removeStoryPhotoAction,
  saveStoryAction,
  saveStoryPhotoAction,
} from "../actions";
import { BodyPhotos } from "./body-photos";
import { listSections } from "@/lib/data/reader";
import { getStoryForEditing, getStoryPhotoForEditing, listNotesForEditing } from "@/lib/data/newsroom";

export const metadata: Metadata = { title: "Edit story" };

export default async function EditStoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string; photo?: string; "body-photo"?: string }>;
}) {
  const { id: raw } = await params;
  const id = positiveInteger(raw) ?? 0;
  const path = `/admin/stories/${id}`;
  const staff = await staffForPage("stories", path);
  const story = id ? await getStoryForEditing(staff, id) : null;
  if (!story) notFound();
  const { saved, photo: photoOutcome, "body-photo": bodyPhotoOutcome } = await searchParams;
  const notes = await listNotesForEditing(staff, id);
  const photo = await getStoryPhotoForEditing(staff, id);
  const notice =
    saved && saved in savedMessages ? savedMessages[saved as keyof typeof savedMessages] : undefined;
  return (
    <>
      <p className="flex gap-4">
        <Link href="/admin/stories" className="underline">
          Back to the stories
        </Link>
        <Link href={`${path}/history`} className="underline">
          History and earlier revisions
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
      <section aria-labelledby="photo-heading" className="mt-12">
        <h2 id="photo-heading" className="text-2xl font-bold">
          Lead photograph
        </h2>
        <p className="mt-1">Shown above the story, in link previews and in the feeds. Saved on its own.</p>
        {photoOutcome === "removed" && (
          <p role="status" className="mt-4 border-l-4 border-[#2f6f3e] p-2 dark:border-[#7fd08f]">
            The photograph is removed from the story.
          </p>
        )}
        {photo && (
          <div className="mt-4 flex flex-wrap items-end gap-4">
            {/* eslint-disable-next-line @next/next/no-img-element -- a stored rendition, already sized */}
            <img
              src={photoShareUrl(photo)}
              alt={photo.alt}
              width={240}
              height={Math.round((240 * photo.height) / photo.width)}
            />
            <form action={removeStoryPhotoAction}>
              <input type="hidden" name="storyId" value={id} />
              <button type="submit" className={buttonClass("danger")}>
                Remove photograph
              </button>
            </form>
          </div>
        )}
        <StoryPhotoForm
          action={saveStoryPhotoAction}
          storyId={id}
          permalink={path}
          hasPhoto={photo !== null}
          initial={{ alt: photo?.alt ?? "", caption: photo?.caption ?? "", credit: photo?.credit ?? "" }}
        />
      </section>
      <BodyPhotos storyId={id} body={story.values.body} removed={bodyPhotoOutcome === "removed"} />
      <section aria-labelledby="notes-heading" className="mt-12">
        <h2 id="notes-heading" className="text-2xl font-bold">
          Corrections and updates
        </h2>
        <p className="mt-1">
          A dated note at the foot of the story. It cannot be taken back: a mistake in one is put right by
          another.
        </p>
        {notes.length > 0 && (
          <ul className="mt-4 space-y-2">
            {notes.map((note) => (
              <li key={note.id}>
                <strong>
                  {noteLabels[note.kind]},{" "}
                  <time dateTime={note.createdAt.toISOString()}>
                    {formatShortDateTime(note.createdAt, env.SITE_TIMEZONE)}
                  </time>
                </strong>{" "}
                ({note.staffUser?.name ?? "a former member of staff"}): {note.text}
              </li>
            ))}
          </ul>
        )}
        {story.status === "published" ? (
          <StoryNoteForm action={addStoryNoteAction} storyId={id} permalink={path} />
        ) : (
          <p className="mt-4">Corrections and updates are added once the story is published.</p>
        )}
      </section>
    </>
  );
}
