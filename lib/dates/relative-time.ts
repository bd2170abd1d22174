/** Stories younger than this are dated "… ago"; older ones by their date. */
export const RECENT_MS = 24 * 60 * 60 * 1000;

/** "just now", "5 minutes ago", "2 hours ago" for a recent moment, or null for an older (or future) one. */
export function relativeTime(date: Date, now: Date): string | null {
  const elapsed = now.getTime() - date.getTime();
  if (elapsed < -60_000 || elapsed >= RECENT_MS) return null;
  const minutes = Math.floor(Math.max(0, elapsed) / 60_000);
  if (minutes < 1) return "just now";
  if (minutes < 60) return minutes === 1 ? "1 minute ago" : `${minutes} minutes ago`;
  const hours = Math.floor(minutes / 60);
  return hours === 1 ? "1 hour ago" : `${hours} hours ago`;
}
