import type { OutboxStatus } from "@/lib/statuses";

const looks: Record<OutboxStatus, string> = {
  queued: "border-muted dark:border-muted-dark",
  sent: "border-[#2f6f3e] dark:border-[#7fd08f]",
  failed: "border-accent text-accent dark:border-accent-dark dark:text-accent-dark",
};

export function OutboxStatusBadge({ status }: { status: OutboxStatus }) {
  return <span className={`rounded border px-1.5 text-sm font-semibold ${looks[status]}`}>{status}</span>;
}
