import { describe, expect, it } from "vitest";
import { commentInput } from "./comment";

const valid = { storyId: "1", comment: "Well put.", name: "Ada", email: "Ada@Example.com", website: "" };

function errorsFor(input: Record<string, unknown>): Record<string, string> {
  const result = commentInput.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
}

describe("commentInput", () => {
  it("accepts a plain comment, trims it and lower-cases the email", () => {
    const parsed = commentInput.parse({ ...valid, comment: "  Well put.\r\n\r\nReally.  ", parentId: "" });
    expect(parsed).toMatchObject({
      storyId: 1,
      parentId: null,
      comment: "Well put.\n\nReally.",
      email: "ada@example.com",
      website: null,
    });
  });

  it("adds https:// to a bare website and keeps http(s) ones", () => {
    expect(commentInput.parse({ ...valid, website: "example.com/me" }).website).toBe(
      "https://example.com/me",
    );
    expect(commentInput.parse({ ...valid, website: "http://example.com" }).website).toBe(
      "http://example.com",
    );
  });

  it.each([
    [{ comment: "   " }, "comment", "Comment is required."],
    [{ name: "" }, "name", "Name is required."],
    [{ email: "not-an-email" }, "email", "Enter an email address like name@example.com."],
    [{ email: undefined }, "email", "Email is required."],
    [{ comment: "x".repeat(5001) }, "comment", "Comment must be at most 5,000 characters."],
    [{ name: "x".repeat(246) }, "name", "Name must be at most 245 characters."],
    [{ email: `${"x".repeat(95)}@example.com` }, "email", "Email must be at most 100 characters."],
    [
      { website: `https://example.com/${"x".repeat(200)}` },
      "website",
      "Website must be at most 200 characters.",
    ],
    [{ website: "javascript:alert(1)" }, "website", "Enter a web address like https://example.com."],
    [{ name: "Ada\nBcc: victim@example.com" }, "name", "Name must be on one line."],
    [{ comment: "bell \u0007 here" }, "comment", "Comment contains invisible control characters."],
    [{ comment: "broken \uFFFD bytes" }, "comment", "Comment contains characters that could not be read."],
  ])("refuses %j with a message on %s", (change, field, message) => {
    expect(errorsFor({ ...valid, ...change })[field]).toBe(message);
  });

  it("keeps HTML as text to be escaped later, not refused", () => {
    expect(commentInput.parse({ ...valid, comment: "<script>alert(1)</script>" }).comment).toBe(
      "<script>alert(1)</script>",
    );
  });

  it("refuses a story or parent id that is not a positive number", () => {
    expect(errorsFor({ ...valid, storyId: "abc" }).storyId).toBeDefined();
    expect(errorsFor({ ...valid, parentId: "-3" }).parentId).toBeDefined();
  });

  it("stores names without direction controls or invisible characters", () => {
    for (const trap of [
      "\u202e",
      "\u200b",
      "\u200d",
      "\ufeff",
      "\u2066",
      "\u2067",
      "\u2068",
      "\u2069",
      "\u200f",
    ]) {
      expect(commentInput.parse({ ...valid, name: `${trap}Ada${trap} Lovelace${trap}` }).name).toBe(
        "Ada Lovelace",
      );
    }
    expect(errorsFor({ ...valid, name: "\u200b\u202e\u200d" })).toEqual({ name: "Name is required." });
  });

  it("keeps the joiners a script needs inside comment text, and drops the controls that turn it round", () => {
    const persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645";
    expect(commentInput.parse({ ...valid, comment: `${persian} \u202eevil\u202c` }).comment).toBe(
      `${persian} evil`,
    );
  });
});
