import { diffArrays, diffWordsWithSpace } from "diff";
import { storyFieldLabels } from "./story-form";
import type { RevisionContent } from "./story-revisions";

/** A run of text in a comparison: in both revisions, only in the later one, or only in the earlier. */
export type DiffPart = { text: string; change: "same" | "added" | "removed" };

/** A paragraph of a comparison, or a run of paragraphs both revisions share, said only by their count. */
export type DiffBlock = { parts: DiffPart[] } | { unchanged: number };

/** One field that differs between two revisions, as words kept, added and removed. */
export type FieldDiff = { field: keyof RevisionContent; label: string; blocks: DiffBlock[] };

// The editor's names, in the editor's order; a revision has the stored time, not the form's field.
const { publishAt, ...editorLabels } = storyFieldLabels;
const labels: Record<keyof RevisionContent, string> = {
  ...editorLabels,
  status: "Status",
  publishedAt: publishAt,
};

/** A field as the comparison reads it: text, with an absent value as an empty one. */
function asText(content: RevisionContent, field: keyof RevisionContent): string {
  const value = content[field];
  if (field === "section") return content.section.name;
  if (field === "tags") return content.tags.join(", ");
  if (field === "commentsOpen") return content.commentsOpen ? "open" : "closed";
  return typeof value === "string" ? value : "";
}

/** The fields that differ between two revisions, in the editor's order. */
export function changedFields(from: RevisionContent, to: RevisionContent): Array<keyof RevisionContent> {
  return (Object.keys(labels) as Array<keyof RevisionContent>).filter(
    (field) => asText(from, field) !== asText(to, field),
  );
}

function wordDiff(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((part) => ({
    text: part.value,
    change: part.added ? "added" : part.removed ? "removed" : "same",
  }));
}

/**
 * A text's changes paragraph by paragraph: paragraphs both revisions share are counted, not
 * shown (a one-word fix in a long story shows one paragraph); a changed paragraph is compared
 * word by word with what replaced it.
 */
export function diffParagraphs(before: string, after: string): DiffBlock[] {
  const paragraphs = (text: string) => (text === "" ? [] : text.split(/\n{2,}/));
  const blocks: DiffBlock[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    if (removed.length || added.length)
      blocks.push({ parts: wordDiff(removed.join("\n\n"), added.join("\n\n")) });
    removed = [];
    added = [];
  };
  for (const chunk of diffArrays(paragraphs(before), paragraphs(after))) {
    if (chunk.removed) removed.push(...chunk.value);
    else if (chunk.added) added.push(...chunk.value);
    else {
      flush();
      blocks.push({ unchanged: chunk.value.length });
    }
  }
  flush();
  return blocks;
}

/** What changed from one revision to another, field by field: the body by paragraph, the others word by word. */
export function diffRevisions(from: RevisionContent, to: RevisionContent): FieldDiff[] {
  return changedFields(from, to).map((field) => ({
    field,
    label: labels[field],
    blocks:
      field === "body"
        ? diffParagraphs(from.body, to.body)
        : [{ parts: wordDiff(asText(from, field), asText(to, field)) }],
  }));
}

/** "Headline, Body": the names of the fields that changed, for the history's list. */
export function changedFieldNames(from: RevisionContent | null, to: RevisionContent): string {
  if (!from) return "";
  return changedFields(from, to)
    .map((field) => labels[field])
    .join(", ");
}
