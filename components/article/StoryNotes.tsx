import type { StoryNoteView } from "@/lib/corrections/story-notes";
import { StoryNoteText } from "./StoryNoteText";

/**
 * The story's corrections and updates at its foot, oldest first: "Correction, 2 December 2026:
 * An earlier version …". The text is the newsroom's plain words, escaped like any text.
 */
export function StoryNotes({ notes, timeZone }: { notes: StoryNoteView[]; timeZone: string }) {
  if (notes.length === 0) return null;
  const heading = notes.every((note) => note.kind === "update")
    ? "Updates"
    : notes.every((note) => note.kind === "correction")
      ? "Corrections"
      : "Corrections and updates";
  return (
    <section
      id="corrections"
      aria-labelledby="corrections-heading"
      className="border-rule dark:border-rule-dark mt-10 border-t pt-4 font-sans text-sm"
    >
      <h2 id="corrections-heading" className="mb-2 font-bold tracking-widest uppercase">
        {heading}
      </h2>
      <ul className="space-y-2">
        {notes.map((note) => (
          <li key={`${note.createdAt.toISOString()}-${note.text}`}>
            <StoryNoteText note={note} timeZone={timeZone} />
          </li>
        ))}
      </ul>
    </section>
  );
}
