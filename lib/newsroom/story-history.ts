import { z } from "zod";
import type { StoryStatus } from "../statuses";
import type { Database } from "../database/create-client";
import { authorize, type Staff } from "../auth/roles";
import { storyPath } from "../articles/story-paths";
import { Refusal } from "../errors";
import { recordId } from "../validation/record-id";
import { changedFieldNames, diffRevisions, type FieldDiff } from "./revision-diff";
import { saveNewsroomStory, type SaveIntent, type SavedStory } from "./save-newsroom-story";
import { parseRevisionContent, revisionActions, type RevisionAction } from "./story-revisions";

/** One line of a story's history. */
export type RevisionLine = {
  number: number;
  action: string;
  restoredFrom: number | null;
  by: string | null;
  at: Date;
  /** The fields this save changed from the one before ("Headline, Body"); empty for the first. */
  changed: string;
};

const actionLabel = (action: string) =>
  action in revisionActions ? revisionActions[action as RevisionAction] : action;

/** A story's saves, newest first, each with what it changed; null for an unknown story. */
export async function getStoryHistory(db: Database, staff: Staff | null, storyId: number) {
  authorize(staff, "stories");
  const story = await db.article.findUnique({
    where: { id: storyId },
    select: {
      id: true,
      headline: true,
      slug: true,
      status: true,
      revision: true,
      section: { select: { slug: true } },
    },
  });
  if (!story) return null;
  const rows = await db.articleRevision.findMany({
    where: { articleId: storyId },
    orderBy: { number: "asc" },
    select: {
      number: true,
      action: true,
      restoredFrom: true,
      staffName: true,
      createdAt: true,
      content: true,
    },
  });
  const lines: RevisionLine[] = rows.map((row, index) => {
    const content = parseRevisionContent(row.content);
    const before = index > 0 ? parseRevisionContent(rows[index - 1]!.content) : null;
    return {
      number: row.number,
      action: actionLabel(row.action),
      restoredFrom: row.restoredFrom,
      by: row.staffName,
      at: row.createdAt,
      changed: content ? changedFieldNames(before, content) : "",
    };
  });
  return {
    story: { ...story, href: storyPath(story.section.slug, story.slug) },
    revisions: lines.reverse(),
  };
}

/** What changed between two of a story's revisions (in either order, read oldest to newest). */
export async function compareRevisions(
  db: Database,
  staff: Staff | null,
  storyId: number,
  numbers: [number, number],
): Promise<{ from: number; to: number; diffs: FieldDiff[] } | null> {
  authorize(staff, "stories");
  const [from, to] = [Math.min(...numbers), Math.max(...numbers)];
  const rows = await db.articleRevision.findMany({
    where: { articleId: storyId, number: { in: [from, to] } },
    select: { number: true, content: true },
  });
  const content = (number: number) => {
    const row = rows.find((candidate) => candidate.number === number);
    return row ? parseRevisionContent(row.content) : null;
  };
  const [before, after] = [content(from), content(to)];
  if (!before || !after) return null;
  return { from, to, diffs: diffRevisions(before, after) };
}

/** The history's Restore button: the revision to bring back, and the revision the page showed as current. */
export const restorePost = z.object({ storyId: recordId, number: recordId, revision: recordId });
export type RestorePost = z.output<typeof restorePost>;

/** How a restore keeps a story where it is: saved with the button its present status stands for. */
const intentFor: Record<StoryStatus, SaveIntent> = {
  published: "publish",
  scheduled: "schedule",
  draft: "draft",
};

/**
 * Brings back the words of an earlier revision (headline, standfirst, body, credits, section,
 * tags) through the editor's own save, so it is checked, revalidated and recorded like any save
 * ("Restored", from which revision). The story keeps its address, status and publication time:
 * restoring words must not unpublish or move a story. A page read before someone else's save is
 * refused like a stale editor.
 */
export async function restoreRevision(
  db: Database,
  staff: Staff | null,
  { storyId, number, revision }: RestorePost,
  now: Date = new Date(),
): Promise<SavedStory> {
  authorize(staff, "stories");
  const [story, row] = await Promise.all([
    db.article.findUnique({
      where: { id: storyId },
      select: { slug: true, status: true, publishedAt: true, commentsOpen: true },
    }),
    db.articleRevision.findUnique({
      where: { articleId_number: { articleId: storyId, number } },
      select: { content: true },
    }),
  ]);
  if (!story) throw new Refusal("story-gone");
  if (!row) throw new Refusal("revision-gone");
  const content = parseRevisionContent(row.content);
  if (!content) throw new Refusal("revision-unreadable");
  return saveNewsroomStory(
    db,
    staff,
    {
      id: storyId,
      revision,
      headline: content.headline,
      standfirst: content.standfirst,
      body: content.body,
      place: content.place,
      agency: content.agency,
      byline: content.byline,
      section: content.section.slug,
      tags: content.tags,
      slug: story.slug,
      publishAt: story.status === "scheduled" ? story.publishedAt : null,
      commentsOpen: story.commentsOpen,
    },
    intentFor[story.status],
    now,
    { action: "restore", restoredFrom: number },
  );
}
