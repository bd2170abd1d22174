import { describe, expect, it } from "vitest";
import { commentWindow, parseCommentSettings } from "./comment-settings";

const day = 24 * 60 * 60 * 1000;
const publishedAt = new Date("2026-11-01T00:00:00Z");

describe("parseCommentSettings", () => {
  it("falls back to the defaults for missing or broken JSON", () => {
    const defaults = {
      moderationMode: "hold-first-time",
      holdWords: [],
      disallowedWords: [],
      linksThreshold: 2,
      reportThreshold: 3,
      autoCloseDays: null,
    };
    expect(parseCommentSettings(null)).toEqual(defaults);
    expect(parseCommentSettings("{not json")).toEqual(defaults);
    expect(parseCommentSettings('{"linksThreshold": 0}')).toEqual(defaults);
    expect(parseCommentSettings('{"holdWords": ["x"]}').holdWords).toEqual(["x"]);
  });
});

describe("commentWindow", () => {
  const settings = parseCommentSettings('{"autoCloseDays": 10}');

  it("keeps comments open forever by default", () => {
    expect(
      commentWindow({ commentsOpen: true, publishedAt }, parseCommentSettings(null), new Date("2030-01-01")),
    ).toEqual({ open: true, closesAt: null });
  });

  it("closes N days after publication, and says when while open", () => {
    const closesAt = new Date(publishedAt.getTime() + 10 * day);
    expect(
      commentWindow({ commentsOpen: true, publishedAt }, settings, new Date(publishedAt.getTime() + 6 * day)),
    ).toEqual({ open: true, closesAt });
    expect(
      commentWindow({ commentsOpen: true, publishedAt }, settings, new Date(closesAt.getTime() - 1)),
    ).toEqual({ open: true, closesAt });
    expect(commentWindow({ commentsOpen: true, publishedAt }, settings, closesAt)).toEqual({
      open: false,
      closesAt: null,
    });
  });

  it("respects a story closed by hand", () => {
    expect(commentWindow({ commentsOpen: false, publishedAt }, settings, publishedAt).open).toBe(false);
  });
});
