import { noteLabels, type StoryNoteView } from "@/lib/corrections/story-notes";
import { formatShortDate } from "@/lib/dates/format-date";

/** "Correction, 2 December 2026: An earlier version …" as readers see a note, wherever it is shown. */
export function StoryNoteText({
  note,
  timeZone,
  labelClassName,
}: {
  note: Pick<StoryNoteView, "kind" | "text" | "createdAt">;
  timeZone: string;
  labelClassName?: string;
}) {
  return (
    <>
      <strong className={labelClassName}>
        {noteLabels[note.kind]},{" "}
        <time dateTime={note.createdAt.toISOString()}>{formatShortDate(note.createdAt, timeZone)}</time>:
      </strong>{" "}
      {note.text}
    </>
  );
}
