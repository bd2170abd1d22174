import type { Metadata } from "next";
import Link from "next/link";
import { Cell, DataTable, Row } from "@/components/admin/DataTable";
import { OutboxStatusBadge } from "@/components/admin/OutboxStatusBadge";
import { Pagination } from "@/components/ui/Pagination";
import { staffForPage } from "@/lib/auth/staff-page";
import { formatShortDateTime } from "@/lib/dates/format-date";
import { env } from "@/lib/env";
import { isOutboxStatus, outboxStatuses } from "@/lib/statuses";
import { pageParam } from "@/lib/validation/query-params";
import { listOutbox } from "@/lib/data/newsroom";

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
  const { messages, counts, pageCount } = await listOutbox(staff, { status, page });
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
        <DataTable
          caption="Emails, newest first"
          columns={["Subject", "Recipient", "Status", "Attempts", "Queued"]}
        >
          {messages.map((message) => (
            <Row key={message.id}>
              <Cell>
                <Link href={`/admin/outbox/${message.id}`} className="underline">
                  {message.subject}
                </Link>
                {message.status === "failed" && message.lastError && (
                  <p className="text-muted dark:text-muted-dark mt-1">{message.lastError}</p>
                )}
              </Cell>
              <Cell className="break-all">{message.toAddress}</Cell>
              <Cell>
                <OutboxStatusBadge status={message.status} />
              </Cell>
              <Cell className="tabular-nums">{message.attempts}</Cell>
              <Cell>
                <time dateTime={message.createdAt.toISOString()}>{time(message.createdAt)}</time>
              </Cell>
            </Row>
          ))}
        </DataTable>
      )}
      <Pagination
        previous="Previous page"
        next="Next page"
        page={page}
        pageCount={pageCount}
        hrefFor={(n) => `/admin/outbox?${status ? `status=${status}&` : ""}page=${n}`}
      />
    </>
  );
}
