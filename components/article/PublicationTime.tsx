import { formatLongDateTime, formatShortDate } from "@/lib/dates/format-date";

/** A machine-readable time: `datetime` carries the instant, the text the reader's form. */
export function PublicationTime({
  date,
  timeZone,
  form,
}: {
  date: Date;
  timeZone: string;
  form: "long" | "short";
}) {
  const text = form === "long" ? formatLongDateTime(date, timeZone) : formatShortDate(date, timeZone);
  return <time dateTime={date.toISOString()}>{text}</time>;
}
