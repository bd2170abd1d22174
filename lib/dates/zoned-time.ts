/** The offset of a time zone from UTC at a moment, in milliseconds (Berlin in winter: +3,600,000). */
function offsetMs(moment: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(moment)
      .map((part) => [part.type, part.value]),
  );
  const asUtc = Date.UTC(
    +parts.year!,
    +parts.month! - 1,
    +parts.day!,
    +parts.hour!,
    +parts.minute!,
    +parts.second!,
  );
  return asUtc - Math.floor(moment.getTime() / 1000) * 1000;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The moment a wall-clock time ("2026-11-28T15:30", as a datetime-local input sends it) names
 * in a time zone, or null when the text is not such a time. In the hour skipped by a clock
 * change, the later reading is taken.
 */
export function zonedLocalToDate(local: string, timeZone: string): Date | null {
  const match = LOCAL.exec(local);
  if (!match) return null;
  const [, year, month, day, hour, minute, second = 0] = match.map((part) =>
    Number(part ?? 0),
  ) as number[] as [number, number, number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(asUtc);
  if (
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  )
    return null;
  const first = asUtc - offsetMs(new Date(asUtc), timeZone);
  return new Date(asUtc - offsetMs(new Date(first), timeZone));
}

/** The wall-clock time of a moment in a time zone, as a datetime-local input shows it. */
export function dateToZonedLocal(moment: Date, timeZone: string): string {
  const local = new Date(moment.getTime() + offsetMs(moment, timeZone));
  return local.toISOString().slice(0, 16);
}
