/**
 * Half a surrogate pair is no character, and the database driver cannot carry one: it becomes
 * U+FFFD, as a browser's UTF-8 encoder sends it (String.prototype.toWellFormed, for targets
 * older than ES2024).
 */
export function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}
