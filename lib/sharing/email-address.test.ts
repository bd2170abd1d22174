import { describe, expect, it } from "vitest";
import { normaliseEmailAddress } from "./email-address";

describe("normaliseEmailAddress", () => {
  it.each([
    ["friend@example.com", "friend@example.com"],
    ["  First.Last+news@Example.CO.uk ", "First.Last+news@example.co.uk"],
    ["o'brien@xn--bcher-kva.example", "o'brien@xn--bcher-kva.example"],
  ])("accepts %j", (input, expected) => {
    expect(normaliseEmailAddress(input)).toBe(expected);
  });

  it.each([
    "",
    "plainaddress",
    "two@@example.com",
    "a@b@example.com",
    '"quoted"@example.com',
    "name(comment)@example.com",
    "name@example.com (comment)",
    "with space@example.com",
    "victim@example.com\r\nBcc: everyone@example.com",
    "victim@example.com\nCc: x@example.com",
    "victim@example.com,other@example.com",
    "Friend <friend@example.com>",
    ".dot@example.com",
    "dot.@example.com",
    "do..t@example.com",
    "friend@localhost",
    "friend@example",
    "friend@-example.com",
    "friend@exa_mple.com",
    "friend@exämple.com",
    "friend@еxample.com", // Cyrillic е: a look-alike domain
    "friend@example.123",
    "friend@[127.0.0.1]",
    `${"a".repeat(65)}@example.com`,
    `a@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(63)}.${"e".repeat(60)}.com`,
  ])("refuses %j", (input) => {
    expect(normaliseEmailAddress(input)).toBeNull();
  });
});
