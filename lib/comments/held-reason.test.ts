import { describe, expect, it } from "vitest";
import { heldBecause } from "./held-reason";
import { moderate, type ModerationInput } from "./moderation/rules";
import { parseCommentSettings } from "../settings/comment-settings";

const input: ModerationInput = {
  body: "A fair point.",
  authorName: "Ann",
  authorEmail: "ann@example.com",
  authorUrl: null,
  tokenCheck: "valid",
  knownCommenter: false,
  staffAddress: false,
};
const settings = parseCommentSettings(
  JSON.stringify({ holdWords: ["ferry tax"], disallowedWords: ["casino"] }),
);

/** The sentence its author reads, for the verdict the real rules give. */
const told = (change: Partial<ModerationInput>) => {
  const comment = { ...input, ...change };
  return heldBecause(moderate(comment, settings).reason, comment.body);
};

describe("heldBecause", () => {
  it("tells a first-time commenter why they wait", () => {
    expect(told({})).toBe("because it is your first comment here");
  });

  it("counts the links that held the comment, in words", () => {
    expect(
      heldBecause(
        moderate(
          { ...input, body: "https://a.example", knownCommenter: true },
          { ...settings, linksThreshold: 1 },
        ).reason,
        "https://a.example",
      ),
    ).toBe("because it has one link");
    expect(told({ body: "See https://a.example and www.b.example.", knownCommenter: true })).toBe(
      "because it has two links",
    );
    expect(
      told({ body: "https://a.example https://b.example https://c.example", knownCommenter: true }),
    ).toBe("because it has three links");
  });

  it("says a word held it without naming the word", () => {
    const sentence = told({ body: "About the Ferry Tax again", knownCommenter: true });
    expect(sentence).toBe(
      "because it, or your name, email or website, contains words a moderator reads first",
    );
    expect(sentence).not.toMatch(/ferry|tax/i);
  });

  it("explains the form token, the staff address and a site that holds everything", () => {
    for (const tokenCheck of ["too-fast", "stale", "forged", "missing"] as const) {
      expect(told({ tokenCheck, knownCommenter: true })).toMatch(/^because the form could not be checked/);
    }
    // Saying so would let anyone find out which addresses belong to the newsroom.
    expect(told({ staffAddress: true, knownCommenter: true })).toBeNull();
    expect(
      heldBecause(moderate(input, parseCommentSettings('{"moderationMode":"hold-all"}')).reason, "x"),
    ).toBe("because a moderator reads every comment on this site before it appears");
  });

  it("tells a spammer nothing, and has no sentence for a comment that was not held", () => {
    expect(told({ body: "Best casino bonus" })).toBeNull();
    expect(told({ knownCommenter: true })).toBeNull();
    expect(heldBecause("no-rule", "x")).toBeNull();
  });
});
