import { describe, expect, it } from "vitest";
import { subjectLine } from "../email/envelope";
import { renderShareEmail } from "./share-email";

const story = {
  headline: "‘No progress’ as Kerry, Lavrov meet on Syria: US",
  place: "Hamburg",
  agency: "AFP",
  summary:
    "US Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov failed to make progress.",
  url: "https://news.example/world/no-progress",
};

describe("shareSubject", () => {
  it("reads NAME sent you: HEADLINE on one line", () => {
    expect(subjectLine("share", "Ada", story.headline)).toBe(
      "Ada sent you: ‘No progress’ as Kerry, Lavrov meet on Syria: US",
    );
    expect(subjectLine("share", "Ada\r\nBcc: x", "Head\nline")).toBe("Ada Bcc: x sent you: Head line");
  });
});

describe("renderShareEmail", () => {
  const email = renderShareEmail({
    story,
    senderName: "Ada <b>&</b>",
    message: 'Thought of you "today"',
    siteName: "Dateline",
    blockUrl: "https://news.example/share/block/abc",
  });

  it("carries headline, dateline, summary, link, the quoted message and why the friend got it", () => {
    expect(email.text.split("\n")).toEqual(
      expect.arrayContaining([
        story.headline,
        "Hamburg / AFP",
        story.summary,
        `Read the story: ${story.url}`,
        "Ada <b>&</b> wrote:",
        '> Thought of you "today"',
        "To never receive stories shared through Dateline again: https://news.example/share/block/abc",
      ]),
    );
    expect(email.html).toContain(`href="${story.url}"`);
    expect(email.html).toContain('href="https://news.example/share/block/abc"');
  });

  it("escapes everything the sender wrote in the HTML part", () => {
    expect(email.html).toContain("Ada &lt;b&gt;&amp;&lt;/b&gt; wrote:");
    expect(email.html).toContain("Thought of you &quot;today&quot;");
    expect(email.html).not.toContain("<b>&</b>");
  });

  it("leaves the message block out when there is no message", () => {
    const plain = renderShareEmail({
      story,
      senderName: "Ada",
      message: null,
      siteName: "Dateline",
      blockUrl: "https://x.example/b",
    });
    expect(plain.text).not.toContain("wrote:");
    expect(plain.html).not.toContain("<blockquote");
  });
});
