import { formatLongDateTime, formatShortDate } from "@/lib/dates/format-date";
import { relativeTime } from "@/lib/dates/relative-time";
import { TimeAgo } from "./TimeAgo";

/**
 * A machine-readable time: `datetime` carries the instant, the text the reader's form. The HTML
 * says the date, because cached pages are served for up to an hour and "just now" would go
 * stale in them; for recent moments JavaScript then says "2 hours ago", with the date on hover.
 */
export function PublicationTime({
  date,
  timeZone,
  form,
}: {
  date: Date;
  timeZone: string;
  form: "long" | "short";
}) {
  const full = form === "long" ? formatLongDateTime(date, timeZone) : formatShortDate(date, timeZone);
  if (!relativeTime(date, new Date())) return <time dateTime={date.toISOString()}>{full}</time>;
  return <TimeAgo iso={date.toISOString()} dated={full} title={formatLongDateTime(date, timeZone)} />;
}
