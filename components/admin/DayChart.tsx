import type { DayCount } from "@/lib/newsroom/day-series";

const WIDTH = 300;
const HEIGHT = 60;

/** A small bar chart of counts per day, in SVG, with its numbers said in words for screen readers. */
export function DayChart({ id, title, series }: { id: string; title: string; series: DayCount[] }) {
  const total = series.reduce((sum, point) => sum + point.count, 0);
  const peak = Math.max(1, ...series.map((point) => point.count));
  const barWidth = WIDTH / series.length;
  const busiest = series.reduce((best, point) => (point.count > best.count ? point : best), {
    day: "",
    count: 0,
  });
  const summary =
    total === 0
      ? `${title}: none in the last ${series.length} days.`
      : `${title}: ${total} in the last ${series.length} days, most on ${busiest.day} (${busiest.count}).`;
  return (
    <figure className="border-rule dark:border-rule-dark rounded border p-4">
      <figcaption className="flex items-baseline justify-between gap-2">
        <span className="font-semibold">{title}</span>
        <span className="text-2xl font-bold tabular-nums">{total}</span>
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="text-accent dark:text-accent-dark mt-2 h-16 w-full"
        role="img"
        aria-labelledby={`${id}-summary`}
        preserveAspectRatio="none"
      >
        <title id={`${id}-summary`}>{summary}</title>
        {series.map((point, index) => {
          const height = (point.count / peak) * (HEIGHT - 2);
          return (
            <rect
              key={point.day}
              x={index * barWidth + 1}
              y={HEIGHT - height}
              width={Math.max(1, barWidth - 2)}
              height={height}
              fill="currentColor"
            />
          );
        })}
      </svg>
      <p className="text-muted dark:text-muted-dark mt-1 flex justify-between text-xs">
        <span>{series[0]?.day}</span>
        <span>{series.at(-1)?.day}</span>
      </p>
    </figure>
  );
}
