import { describe, expect, it } from "vitest";
import { commentSettings } from "../../settings/comment-settings";
import {
  disallowedWord,
  holdWord,
  manyLinks,
  moderate,
  moderationMode,
  staffAddress,
  untrustedForm,
  type ModerationInput,
} from "./rules";

const settings = commentSettings.parse({});
const input: ModerationInput = {
  body: "A fair point about the ceasefire.",
  authorName: "Ada",
  authorEmail: "ada@example.com",
  authorUrl: null,
  tokenCheck: "valid",
  knownCommenter: false,
  staffAddress: false,
};

describe("disallowedWord", () => {
  it("marks a comment spam when text, name, email or website contains a disallowed word", () => {
    const words = { ...settings, disallowedWords: ["casino"] };
    expect(disallowedWord({ ...input, body: "Best CASINO bonus" }, words)).toEqual({
      status: "spam",
      reason: "disallowed-word",
    });
    expect(disallowedWord({ ...input, authorUrl: "https://casino.example" }, words)?.status).toBe("spam");
    expect(disallowedWord(input, words)).toBeNull();
  });

  it("ignores blank entries in the list", () => {
    expect(disallowedWord(input, { ...settings, disallowedWords: ["", "  "] })).toBeNull();
  });
});

describe("untrustedForm", () => {
  it("holds comments whose form token is missing, forged or stale", () => {
    for (const tokenCheck of ["missing", "forged", "stale"] as const) {
      expect(untrustedForm({ ...input, tokenCheck }, settings)).toEqual({
        status: "pending",
        reason: `form-token-${tokenCheck}`,
      });
    }
    expect(untrustedForm(input, settings)).toBeNull();
  });
});

describe("manyLinks", () => {
  it("holds a comment with as many links as the threshold (2 by default)", () => {
    expect(manyLinks({ ...input, body: "see https://a.example" }, settings)).toBeNull();
    expect(manyLinks({ ...input, body: "see https://a.example and www.b.example.org" }, settings)).toEqual({
      status: "pending",
      reason: "links",
    });
  });
});

describe("holdWord", () => {
  it("holds a comment containing a hold-word", () => {
    const words = { ...settings, holdWords: ["ceasefire"] };
    expect(holdWord(input, words)).toEqual({ status: "pending", reason: "hold-word" });
    expect(holdWord(input, settings)).toBeNull();
  });
});

describe("moderationMode", () => {
  it("by default approves known commenters and holds first-time ones", () => {
    expect(moderationMode({ ...input, knownCommenter: true }, settings)).toEqual({
      status: "approved",
      reason: "known-commenter",
    });
    expect(moderationMode(input, settings)).toEqual({ status: "pending", reason: "first-comment" });
  });

  it("follows the hold-all and approve-all modes", () => {
    expect(
      moderationMode({ ...input, knownCommenter: true }, { ...settings, moderationMode: "hold-all" })?.status,
    ).toBe("pending");
    expect(moderationMode(input, { ...settings, moderationMode: "approve-all" })?.status).toBe("approved");
  });
});

describe("moderate", () => {
  it("asks the rules in order: spam words win over everything, then the form, links and hold-words, then the mode", () => {
    const strict = {
      ...settings,
      disallowedWords: ["casino"],
      holdWords: ["ceasefire"],
      moderationMode: "approve-all" as const,
    };
    expect(moderate({ ...input, body: "casino ceasefire", tokenCheck: "forged" }, strict).reason).toBe(
      "disallowed-word",
    );
    expect(moderate({ ...input, tokenCheck: "forged" }, strict).reason).toBe("form-token-forged");
    expect(moderate({ ...input, body: "https://a.example https://b.example ceasefire" }, strict).reason).toBe(
      "links",
    );
    expect(moderate(input, strict).reason).toBe("hold-word");
    expect(moderate({ ...input, body: "fine" }, strict)).toEqual({
      status: "approved",
      reason: "approve-all",
    });
  });
});

describe("staffAddress", () => {
  it("holds a staff member's address on the reader's form, even for a known commenter in approve-all mode", () => {
    const trusting = { ...settings, moderationMode: "approve-all" as const };
    expect(staffAddress({ ...input, staffAddress: true }, trusting)).toEqual({
      status: "pending",
      reason: "staff-address",
    });
    expect(moderate({ ...input, staffAddress: true, knownCommenter: true }, trusting)).toEqual({
      status: "pending",
      reason: "staff-address",
    });
    expect(staffAddress(input, trusting)).toBeNull();
  });
});
