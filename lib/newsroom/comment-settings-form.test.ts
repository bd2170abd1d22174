import { describe, expect, it } from "vitest";
import { commentSettings } from "../settings/comment-settings";
import { HOSTILE_STRINGS } from "../testing/hostile-strings";
import { settingsFields, settingsForm, settingsToValues } from "./comment-settings-form";

const valid = {
  moderationMode: "hold-all",
  holdWords: "Casino\n\n  lottery \ncasino",
  disallowedWords: "",
  linksThreshold: "3",
  reportThreshold: "4",
  autoCloseDays: "",
};

describe("the comment settings form", () => {
  it("reads one entry per line, folded to lower case without repeats, and an empty auto-close as never", () => {
    expect(settingsForm.parse(valid)).toEqual({
      moderationMode: "hold-all",
      holdWords: ["casino", "lottery"],
      disallowedWords: [],
      linksThreshold: 3,
      reportThreshold: 4,
      autoCloseDays: null,
    });
  });

  it("names each field's problem", () => {
    const result = settingsForm.safeParse({
      ...valid,
      moderationMode: "anything",
      linksThreshold: "0",
      reportThreshold: "101",
      autoCloseDays: "two",
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [issue.path[0], issue.message]));
    expect(messages).toEqual({
      moderationMode: "Choose how comments are moderated.",
      linksThreshold: "The number of links must be at least 1.",
      reportThreshold: "The number of reports can be at most 100.",
      autoCloseDays: "The number of days must be a whole number.",
    });
  });

  it("shows stored settings so that saving them unchanged changes nothing", () => {
    const stored = commentSettings.parse({ holdWords: ["a b", "c"], autoCloseDays: 14 });
    expect(settingsForm.parse(settingsToValues(stored))).toEqual(stored);
  });

  it("every field, every hostile string: refused with a sentence, or settings the site can store", () => {
    let refused = 0;
    for (const field of settingsFields) {
      for (const hostile of HOSTILE_STRINGS) {
        const result = settingsForm.safeParse({ ...valid, [field]: hostile });
        if (result.success) expect(commentSettings.parse(result.data)).toEqual(result.data);
        else {
          refused++;
          expect(result.error.issues[0]!.message).toMatch(/^(Choose|The number|Hold words|Disallowed words)/);
        }
      }
    }
    expect(refused).toBeGreaterThan(HOSTILE_STRINGS.length);
  });
});
