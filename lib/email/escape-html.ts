/** Text made safe to place in HTML or XML (emails, sitemaps), inside elements and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

/** A plain email's HTML part around markup already escaped. */
export function htmlEmail(body: string): string {
  return `<!doctype html><html lang="en"><meta charset="utf-8"><body style="font-family: sans-serif;">\n${body}\n</body></html>`;
}

/** A comment's text quoted in an email, escaped, its line breaks kept. */
export function quotedText(text: string): string {
  return `<blockquote style="border-left: 4px solid #d8d3c8; padding-left: 1rem; white-space: pre-wrap;">${escapeHtml(text)}</blockquote>`;
}
