import { describe, expect, it } from "vitest";
import * as postgres from "./generated/postgres/enums";
import * as sqlite from "./generated/sqlite/enums";
import { commentStatuses, isCommentStatus, outboxStatuses, reportReasons, storyNoteKinds, storyStatuses } from "./statuses";

describe("status sets", () => {
  it.each([
    ["SQLite", sqlite],
    ["PostgreSQL", postgres],
  ])("hold the %s schema's enum words, no more and no fewer", (_name, enums) => {
    expect(new Set(storyStatuses)).toEqual(new Set(Object.values(enums.ArticleStatus)));
    expect(new Set(commentStatuses)).toEqual(new Set(Object.values(enums.CommentStatus)));
    expect(new Set(outboxStatuses)).toEqual(new Set(Object.values(enums.OutboxStatus)));
    expect(new Set(reportReasons)).toEqual(new Set(Object.values(enums.ReportReason)));
    expect(new Set(storyNoteKinds)).toEqual(new Set(Object.values(enums.StoryNoteKind)));
  });

  it("recognise only their own words", () => {
    expect(isCommentStatus("spam")).toBe(true);
    expect(isCommentStatus("deleted")).toBe(false);
    expect(isCommentStatus(["spam"])).toBe(false);
  });
});
