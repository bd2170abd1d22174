import Link from "next/link";
import { QUEUE_COUNT_CAP, queueTabs, type QueueTab } from "@/lib/newsroom/comment-queue";

const names: Record<QueueTab, string> = {
  pending: "Pending",
  approved: "Approved",
  spam: "Spam",
  trash: "Trash",
  reported: "Reported",
};

/** Pending, Approved, Spam, Trash and Reported, each with its count; the open one is marked as current. */
export function QueueTabs({ current, counts }: { current: QueueTab; counts: Record<QueueTab, number> }) {
  return (
    <nav aria-label="Comment status" className="mt-4">
      <ul className="border-rule dark:border-rule-dark flex flex-wrap gap-1 border-b">
        {queueTabs.map((status) => (
          <li key={status}>
            <Link
              href={`/admin/comments?status=${status}`}
              aria-current={status === current ? "page" : undefined}
              className="aria-[current=page]:bg-ink aria-[current=page]:text-paper dark:aria-[current=page]:bg-ink-dark dark:aria-[current=page]:text-paper-dark block rounded-t px-3 py-2 font-semibold no-underline hover:underline"
            >
              {names[status]}{" "}
              <span className="tabular-nums">
                (
                {counts[status] > QUEUE_COUNT_CAP
                  ? `${QUEUE_COUNT_CAP.toLocaleString("en-GB")}+`
                  : counts[status]}
                )
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
