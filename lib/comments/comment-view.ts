import type { PostedStatus } from "../statuses";

/** A comment as readers see it: no email, no address. */
export type CommentView = {
  id: number;
  parentId: number | null;
  depth: number;
  authorName: string;
  authorUrl: string | null;
  body: string;
  createdAt: Date;
  status: PostedStatus;
  /** Written by the newsroom: shown with a staff badge. */
  staff?: boolean;
  /** When its text was last changed (by a moderator or its author): readers see "edited". */
  editedAt: Date | null;
  /** Chosen by an editor: marked in its thread and quoted under Editors' picks. */
  featured?: boolean;
};

/** Comments are threaded to this depth; deeper replies are not offered. */
export const MAX_DEPTH = 5;

/** Top-level comments per page; their replies come with them. */
export const THREADS_PER_PAGE = 50;

/** The orders readers can read a story's comments in; oldest first is the story's own address. */
export const commentOrders = ["oldest", "newest"] as const;
export type CommentOrder = (typeof commentOrders)[number];

export type CommentThread = CommentView & { replies: CommentThread[] };

/** Arranges comments (oldest first) into threads, keeping that order at every level. */
export function toThreads(comments: CommentView[]): CommentThread[] {
  const byId = new Map(
    comments.map((comment) => [comment.id, { ...comment, replies: [] as CommentThread[] }]),
  );
  const roots: CommentThread[] = [];
  for (const comment of byId.values()) {
    const parent = comment.parentId === null ? undefined : byId.get(comment.parentId);
    if (parent) parent.replies.push(comment);
    else if (comment.parentId === null) roots.push(comment);
  }
  return roots;
}
