import { describe, expect, it } from "vitest";
import { toThreads, type CommentView } from "./comment-view";

const comment = (id: number, parentId: number | null): CommentView => ({
  id,
  parentId,
  depth: 1,
  authorName: `A${id}`,
  authorUrl: null,
  body: "x",
  createdAt: new Date(id * 1000),
  status: "approved",
  editedAt: null,
});

describe("toThreads", () => {
  it("nests replies under their parents and keeps oldest-first order at each level", () => {
    const threads = toThreads([
      comment(1, null),
      comment(2, 1),
      comment(3, null),
      comment(4, 1),
      comment(5, 2),
    ]);
    expect(threads.map((t) => t.id)).toEqual([1, 3]);
    expect(threads[0]!.replies.map((r) => r.id)).toEqual([2, 4]);
    expect(threads[0]!.replies[0]!.replies.map((r) => r.id)).toEqual([5]);
  });

  it("leaves out replies whose parent readers cannot see", () => {
    expect(toThreads([comment(2, 1), comment(3, null)]).map((t) => t.id)).toEqual([3]);
  });
});
