import { escapeHtml } from "../email/escape-html";
import { formatDateline } from "../articles/dateline";

export type ShareEmailStory = {
  headline: string;
  place: string;
  agency: string;
  summary: string;
  url: string;
};
export type ShareEmailInput = {
  story: ShareEmailStory;
  senderName: string;
  message: string | null;
  siteName: string;
  blockUrl: string;
};

/** The friend's email as plain text and HTML; everything a visitor wrote is escaped in the HTML. */
export function renderShareEmail({ story, senderName, message, siteName, blockUrl }: ShareEmailInput) {
  const dateline = formatDateline(story);
  const why = `You received this because someone using the name “${senderName}” entered your address on ${siteName}. Your address is used only to send this message and to limit how often anyone can send you stories.`;
  const text = [
    story.headline,
    dateline,
    "",
    story.summary,
    "",
    `Read the story: ${story.url}`,
    ...(message ? ["", `${senderName} wrote:`, `> ${message}`] : []),
    "",
    "--",
    why,
    `To never receive stories shared through ${siteName} again: ${blockUrl}`,
  ].join("\n");

  const e = escapeHtml;
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${e(story.headline)}</title></head>
<body style="font-family: Georgia, serif; color: #1a1a1a; max-width: 36rem; margin: 0 auto; padding: 1rem;">
<h1 style="font-size: 1.6rem; line-height: 1.2;"><a href="${e(story.url)}" style="color: #1a1a1a;">${e(story.headline)}</a></h1>
<p style="font-family: sans-serif; font-size: 0.8rem; text-transform: uppercase; font-weight: bold;">${e(dateline)}</p>
<p style="font-size: 1.1rem; line-height: 1.5;">${e(story.summary)}</p>
<p><a href="${e(story.url)}" style="color: #a4161a;">Read the story on ${e(siteName)}</a></p>
${
  message
    ? `<p style="font-family: sans-serif; margin-top: 1.5rem;">${e(senderName)} wrote:</p>
<blockquote style="border-left: 4px solid #d8d3c8; margin: 0; padding-left: 1rem; font-style: italic;">${e(message)}</blockquote>`
    : ""
}
<hr style="margin-top: 2rem; border: none; border-top: 1px solid #d8d3c8;">
<p style="font-family: sans-serif; font-size: 0.8rem; color: #555049;">${e(why)}
<a href="${e(blockUrl)}" style="color: #555049;">Never receive shared stories from ${e(siteName)} again</a>.</p>
</body></html>`;
  return { text, html };
}
