import { describe, expect, it } from "vitest";
import { featuredAfter, statusAfter } from "./moderation-actions";

describe("moderation actions", () => {
  it("move comments between the four statuses, and only where the action applies", () => {
    const from = ["pending", "approved", "spam", "trash"] as const;
    const table = {
      approve: ["approved", null, "approved", "approved"],
      // Keeping a reported comment: shown (again), whether its reports had hidden it or not.
      dismiss: ["approved", "approved", null, null],
      spam: ["spam", "spam", null, "spam"],
      trash: ["trash", "trash", "trash", null],
      restore: [null, null, "pending", "pending"],
      delete: [null, null, "deleted", "deleted"],
    } as const;
    for (const [action, expected] of Object.entries(table)) {
      expect(
        from.map((status) => statusAfter(action as keyof typeof table, status)),
        action,
      ).toEqual(expected);
    }
  });

  it("feature only approved comments not yet picked, and unfeature any pick", () => {
    const from = ["pending", "approved", "spam", "trash"] as const;
    const table = {
      feature: { notFeatured: [null, true, null, null], featured: [null, null, null, null] },
      unfeature: { notFeatured: [null, null, null, null], featured: [false, false, false, false] },
    } as const;
    for (const [action, expected] of Object.entries(table)) {
      for (const featured of [false, true]) {
        expect(
          from.map((status) => featuredAfter(action as keyof typeof table, { status, featured })),
          `${action} ${featured ? "a pick" : "a comment not picked"}`,
        ).toEqual(expected[featured ? "featured" : "notFeatured"]);
      }
    }
  });
});
