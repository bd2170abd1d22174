import { describe, expect, it } from "vitest";
import { shareInput } from "./share";

const valid = {
  storyId: "1",
  recipient: "friend@example.com",
  senderName: "Ada Lovelace",
  senderEmail: "ada@example.com",
  message: "Thought of you when I read this.",
};
const problem = (change: Record<string, string>) => {
  const parsed = shareInput.safeParse({ ...valid, ...change });
  return parsed.success ? null : parsed.error.issues.map((issue) => issue.message).join(" ");
};

describe("share form input", () => {
  it("takes an ordinary share, with initials in the name", () => {
    expect(problem({})).toBeNull();
    expect(problem({ senderName: "J.R. Smith", message: "As we said, e.g. the harbour." })).toBeNull();
  });

  it.each([
    ["evil.de"],
    ["bit.ly/x"],
    ["see news.example.co.uk today"],
    ["https://spam.example"],
    ["www.spam"],
    ["mail me at spam.example.org"],
    ["v.gd/x"],
    ["t.co/x1y2"],
    ["127.0.0.1/admin"],
    ["example\uff0ecom"],
    ["example\u3002com"],
    ["\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444"],
  ])("refuses a message carrying a link: %s", (message) => {
    expect(problem({ message })).toBe(
      "Your message cannot contain links; the story's link is added for you.",
    );
  });

  it("refuses names with host names or addresses in them", () => {
    expect(problem({ senderName: "Cheap pills evil.de" })).toBe(
      "Your name cannot contain web or email addresses.",
    );
    expect(problem({ senderName: "ada@example.com" })).toBe(
      "Your name cannot contain web or email addresses.",
    );
  });

  it("keeps an address's local part as typed and lower-cases its domain", () => {
    const parsed = shareInput.parse({ ...valid, recipient: "  Friend@Example.COM " });
    expect(parsed.recipient).toBe("Friend@example.com");
  });

  it.each([["t.co/x1y2"], ["example\u3002com"], ["127.0.0.1"], ["ada\uff20example.com"]])(
    "refuses a name carrying an address however it is written: %j",
    (senderName) => {
      expect(problem({ senderName })).toBe("Your name cannot contain web or email addresses.");
    },
  );

  it("sends names without direction controls or invisible characters", () => {
    expect(shareInput.parse({ ...valid, senderName: "\u202eAda\u200b Lovelace\ufeff" }).senderName).toBe(
      "Ada Lovelace",
    );
  });
});
