import { formatLongDateTime } from "../dates/format-date";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * "Comments close in 5 days, on Monday 7 December 2026, 10:30 UTC." above Leave a Reply. The
 * date is there because a story page is served from the cache for up to an hour: the count of
 * days may be that much behind, the date never is.
 */
export function closingNote(closesAt: Date, now: Date, timeZone: string): string {
  const days = Math.floor((closesAt.getTime() - now.getTime()) / DAY_MS);
  const when = formatLongDateTime(closesAt, timeZone);
  if (days >= 2) return `Comments close in ${days.toLocaleString("en-GB")} days, on ${when}.`;
  if (days === 1) return `Comments close in a day, on ${when}.`;
  return `Comments close in less than a day, on ${when}.`;
}
