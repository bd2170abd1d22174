import { formatLongDateTime, formatShortDate } from "@/lib/dates/format-date";
import { relativeTime } from "@/lib/dates/relative-time";
import { TimeAgo } from "./TimeAgo";

/**
 * A machine-readable time: `datetime` carries the instant, the text the reader's form. Recent
 * stories read "2 hours ago", with the full date on hover; older ones show the date.
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
  const recent = relativeTime(date, new Date());
  if (!recent) return <time dateTime={date.toISOString()}>{full}</time>;
  return <TimeAgo iso={date.toISOString()} rendered={recent} full={formatLongDateTime(date, timeZone)} />;
}
