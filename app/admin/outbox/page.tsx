import type { Metadata } from "next";
import Link from "next/link";
import { OutboxStatusBadge } from "@/components/admin/OutboxStatusBadge";
import { Pager } from "@/components/admin/Pager";
import { staffForPage } from "@/lib/auth/staff-page";
import { db } from "@/lib/db";
import { formatShortDateTime } from "@/lib/dates/format-date";
import { env } from "@/lib/env";
import { isOutboxStatus, listOutbox, outboxStatuses } from "@/lib/newsroom/outbox";
import { pageParam } from "@/lib/newsroom/query-params";

export const metadata: Metadata = { title: "Outbox" };

export default async function OutboxPage({
  searchParams,
}: {
  searchParams: Promise<{ status?: string; page?: string }>;
}) {
  const params = await searchParams;
  const staff = await staffForPage("outbox", "/admin/outbox");
  const status = isOutboxStatus(params.status) ? params.status : null;
  const page = pageParam(params.page);
  const { messages, counts, pageCount } = await listOutbox(db, staff, { status, page });
  const time = (date: Date) => formatShortDateTime(date, env.SITE_TIMEZONE);
  return (
    <>
      <h1 className="text-3xl font-bold">Outbox</h1>
      {!env.SMTP_URL && (
        <p className="mt-2">No SMTP server is configured (SMTP_URL), so emails wait here and are not sent.</p>
      )}
      <nav aria-label="Email status" className="mt-4">
        <ul className="flex flex-wrap gap-4 font-semibold">
          <li>
            <Link
              href="/admin/outbox"
              aria-current={status === null ? "page" : undefined}
              className="aria-[current=page]:underline"
            >
              All ({counts.queued + counts.sent + counts.failed})
            </Link>
          </li>
          {outboxStatuses.map((name) => (
            <li key={name}>
              <Link
                href={`/admin/outbox?status=${name}`}
                aria-current={status === name ? "page" : undefined}
                className="capitalize aria-[current=page]:underline"
              >
                {name} ({counts[name]})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {messages.length === 0 ? (
        <p className="mt-6">No emails here.</p>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Emails, newest first</caption>
            <thead>
              <tr className="border-rule dark:border-rule-dark border-b">
                <th scope="col" className="py-2 pr-3">
                  Subject
                </th>
                <th scope="col" className="py-2 pr-3">
                  Recipient
                </th>
                <th scope="col" className="py-2 pr-3">
                  Status
                </th>
                <th scope="col" className="py-2 pr-3">
                  Attempts
                </th>
                <th scope="col" className="py-2 pr-3">
                  Queued
                </th>
              </tr>
            </thead>
            <tbody>
              {messages.map((message) => (
                <tr key={message.id} className="border-rule dark:border-rule-dark border-b align-top">
                  <td className="py-2 pr-3">
                    <Link href={`/admin/outbox/${message.id}`} className="underline">
                      {message.subject}
                    </Link>
                    {message.status === "failed" && message.lastError && (
                      <p className="text-muted dark:text-muted-dark mt-1">{message.lastError}</p>
                    )}
                  </td>
                  <td className="py-2 pr-3 break-all">{message.toAddress}</td>
                  <td className="py-2 pr-3">
                    <OutboxStatusBadge status={message.status} />
                  </td>
                  <td className="py-2 pr-3 tabular-nums">{message.attempts}</td>
                  <td className="py-2 pr-3">
                    <time dateTime={message.createdAt.toISOString()}>{time(message.createdAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager
        page={page}
        pageCount={pageCount}
        hrefFor={(n) => `/admin/outbox?${status ? `status=${status}&` : ""}page=${n}`}
      />
    </>
  );
}
