import { describe, expect, it } from "vitest";
import { Refusal } from "../errors";
import { HOSTILE_STRINGS } from "../testing/hostile-strings";
import { moderationActions } from "./moderation-actions";
import { moderationForm } from "./moderation-form";

/** The form's answer: what it accepted, or the code it refused with (anything else is a bug). */
function read(form: { one?: string; bulk?: string; ids?: string[]; readAt?: string }) {
  try {
    return moderationForm.parse(form);
  } catch (error) {
    if (error instanceof Refusal) return error.code;
    throw error;
  }
}

describe("the queue's moderation form", () => {
  it("reads every action from a comment's own button and from the bulk list, Feature and Unfeature included", () => {
    for (const action of moderationActions) {
      expect(read({ one: `${action}:12` })).toEqual({ action, ids: [12], readAt: null });
      expect(read({ bulk: action, ids: ["3", "4"] })).toEqual({ action, ids: [3, 4], readAt: null });
    }
  });

  it("reads when the page was rendered, and nothing else as a time", () => {
    expect(read({ one: "approve:1", readAt: "1764763200000" })).toMatchObject({
      readAt: new Date(1764763200000),
    });
    for (const readAt of ["", "0", "yesterday", "1e12", "17647632000001", ...HOSTILE_STRINGS]) {
      expect(read({ one: "approve:1", readAt })).toMatchObject({ readAt: null });
    }
  });

  it("answers every hostile action or id with a refusal, or a real action on real ids, never an error", () => {
    for (const hostile of HOSTILE_STRINGS) {
      for (const form of [
        { one: `feature:${hostile}` },
        { one: `${hostile}:12` },
        { one: hostile },
        { bulk: hostile, ids: ["12"] },
        { bulk: "unfeature", ids: [hostile] },
      ]) {
        const answer = read(form);
        if (typeof answer === "string") expect(["none-selected", "choose-action"]).toContain(answer);
        else {
          expect(moderationActions).toContain(answer.action);
          expect(answer.ids.every((id) => Number.isSafeInteger(id) && id > 0)).toBe(true);
        }
      }
    }
  });
});
