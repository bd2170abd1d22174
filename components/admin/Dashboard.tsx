import Link from "next/link";
import type { NewsroomSummary } from "@/lib/newsroom/dashboard";
import { DayChart } from "./DayChart";

/** What waits for the newsroom, then the last 30 days in small charts. */
export function Dashboard({ summary }: { summary: NewsroomSummary }) {
  const { waiting } = summary;
  return (
    <>
      <h1 className="text-3xl font-bold">Dashboard</h1>
      <section aria-labelledby="waiting-heading" className="mt-6">
        <h2 id="waiting-heading" className="text-xl font-bold">
          Waiting for you
        </h2>
        <ul className="mt-2 space-y-1">
          <li>
            <Link href="/admin/comments?status=pending" className="underline">
              {waiting.pendingComments === 1
                ? "1 comment"
                : `${waiting.pendingComments.toLocaleString("en-GB")} comments`}{" "}
              awaiting moderation
            </Link>
          </li>
          <li>
            <Link href="/admin/outbox?status=failed" className="underline">
              {waiting.failedEmails === 1 ? "1 email" : `${waiting.failedEmails} emails`} failed
            </Link>
          </li>
          <li>
            <Link href="/admin/stories?status=scheduled" className="underline">
              {waiting.scheduledStories === 1 ? "1 story" : `${waiting.scheduledStories} stories`} scheduled
            </Link>
          </li>
        </ul>
      </section>
      <section aria-labelledby="month-heading" className="mt-8">
        <h2 id="month-heading" className="text-xl font-bold">
          The last 30 days
        </h2>
        <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <DayChart id="chart-published" title="Stories published" series={summary.published} />
          <DayChart id="chart-approved" title="Comments approved" series={summary.comments.approved} />
          <DayChart id="chart-pending" title="Comments held" series={summary.comments.pending} />
          <DayChart id="chart-spam" title="Comments marked spam" series={summary.comments.spam} />
          <DayChart id="chart-trash" title="Comments trashed" series={summary.comments.trash} />
          <DayChart id="chart-shares" title="Shares sent" series={summary.shares} />
        </div>
      </section>
    </>
  );
}
