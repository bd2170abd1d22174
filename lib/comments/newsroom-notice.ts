import type { PostedStatus } from "../statuses";
import { commentPermalink } from "../articles/story-paths";
import { subjectLine } from "../email/envelope";
import { escapeHtml, htmlEmail, quotedText } from "../email/escape-html";
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
  const html = htmlEmail(
    `<ul>${facts.map((fact) => `<li>${escapeHtml(fact)}</li>`).join("")}</ul>\n${quotedText(notice.body)}`,
  );
  return { subject, text, html };
}
