/** The calendar day (YYYY-MM-DD) of a moment in a time zone. */
export function dayKey(moment: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(moment);
}

export type DayCount = { day: string; count: number };

/** Counts of moments per day for the `days` days ending with `now`'s day, oldest first, zeros included. */
export function countByDay(
  moments: Date[],
  { now, days, timeZone }: { now: Date; days: number; timeZone: string },
): DayCount[] {
  const series = new Map<string, number>();
  for (let back = days - 1; back >= 0; back--) {
    series.set(dayKey(new Date(now.getTime() - back * 86_400_000), timeZone), 0);
  }
  for (const moment of moments) {
    const key = dayKey(moment, timeZone);
    if (series.has(key)) series.set(key, series.get(key)! + 1);
  }
  return [...series].map(([day, count]) => ({ day, count }));
}
