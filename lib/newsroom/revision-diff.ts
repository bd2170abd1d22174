import { diffWordsWithSpace } from "diff";
import type { RevisionContent } from "./story-revisions";

/** A run of text in a comparison: in both revisions, only in the later one, or only in the earlier. */
export type DiffPart = { text: string; change: "same" | "added" | "removed" };

/** One field that differs between two revisions, as words kept, added and removed. */
export type FieldDiff = { field: keyof RevisionContent; label: string; parts: DiffPart[] };

const labels: Record<keyof RevisionContent, string> = {
  headline: "Headline",
  standfirst: "Standfirst",
  place: "Place",
  agency: "Agency",
  byline: "Byline",
  section: "Section",
  tags: "Tags",
  slug: "Slug",
  status: "Status",
  publishedAt: "Publication time",
  commentsOpen: "Comments",
  body: "Body",
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

/** What changed from one revision to another, word by word, field by field. */
export function diffRevisions(from: RevisionContent, to: RevisionContent): FieldDiff[] {
  return changedFields(from, to).map((field) => ({
    field,
    label: labels[field],
    parts: diffWordsWithSpace(asText(from, field), asText(to, field)).map((part) => ({
      text: part.value,
      change: part.added ? "added" : part.removed ? "removed" : "same",
    })),
  }));
}

/** "Headline, Body": the names of the fields that changed, for the history's list. */
export function changedFieldNames(from: RevisionContent | null, to: RevisionContent): string {
  if (!from) return "";
  return changedFields(from, to)
    .map((field) => labels[field])
    .join(", ");
}
