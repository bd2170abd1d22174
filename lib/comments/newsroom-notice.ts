import type { PostedStatus } from "../statuses";
import { commentPermalink } from "../articles/story-paths";
import { subjectLine } from "../email/envelope";
import { escapeHtml } from "../email/escape-html";
export type NoticeInput = {
  commentId: number;
  status: PostedStatus;
  reason: string;
  authorName: string;
  authorEmail: string;
  ip: string;
  body: string;
  headline: string;
  storyUrl: string;
};

/** The newsroom's email about a new comment: what it says, who wrote it and which rule decided. */
export function renderCommentNotice(notice: NoticeInput) {
  const subject = subjectLine(
    notice.status === "pending" ? "comment-pending" : "comment-new",
    notice.headline,
  );
  const facts = [
    `Status: ${notice.status} (rule: ${notice.reason})`,
    `Author: ${notice.authorName} <${notice.authorEmail}>`,
    `Address: ${notice.ip}`,
    `Story: ${notice.status === "approved" ? commentPermalink(notice.storyUrl, notice.commentId) : notice.storyUrl}`,
  ];
  const text = [...facts, "", notice.body].join("\n");
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><body style="font-family: sans-serif;">
<ul>${facts.map((fact) => `<li>${escapeHtml(fact)}</li>`).join("")}</ul>
<blockquote style="border-left: 4px solid #d8d3c8; padding-left: 1rem; white-space: pre-wrap;">${escapeHtml(notice.body)}</blockquote>
</body></html>`;
  return { subject, text, html };
}
