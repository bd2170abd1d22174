import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Notice } from "@/components/admin/Notice";
import { OutboxStatusBadge } from "@/components/admin/OutboxStatusBadge";
import { buttonClass } from "@/components/admin/styles";
import { staffForPage } from "@/lib/auth/staff-page";
import { formatShortDateTime } from "@/lib/dates/format-date";
import { env } from "@/lib/env";
import { positiveInteger } from "@/lib/validation/query-params";
import { refusals } from "@/lib/errors";
import { retryEmailAction } from "../actions";
import { getOutboxMessage } from "@/lib/data/newsroom";

export const metadata: Metadata = { title: "Email" };

const retryNotices = {
  queued: { message: "The email is queued again; the delivery worker sends it shortly.", tone: "done" },
  "not-failed": { message: refusals["email-not-failed"].message, tone: "problem" },
} as const;

export default async function OutboxMessagePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ retry?: string }>;
}) {
  const { id: raw } = await params;
  const id = positiveInteger(raw) ?? 0;
  const staff = await staffForPage("outbox", `/admin/outbox/${id}`);
  const message = id ? await getOutboxMessage(staff, id) : null;
  if (!message) notFound();
  const { retry } = await searchParams;
  const notice = retry && retry in retryNotices ? retryNotices[retry as keyof typeof retryNotices] : null;
  const time = (date: Date | null) => (date ? formatShortDateTime(date, env.SITE_TIMEZONE) : "—");
  return (
    <>
      <p>
        <Link href="/admin/outbox" className="underline">
          Back to the outbox
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold break-words">{message.subject}</h1>
      {notice && <Notice message={notice.message} tone={notice.tone} />}
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">Status</dt>
        <dd>
          <OutboxStatusBadge status={message.status} />
        </dd>
        <dt className="font-semibold">To</dt>
        <dd className="break-all">{message.toAddress}</dd>
        <dt className="font-semibold">From</dt>
        <dd className="break-all">{message.fromAddress}</dd>
        {message.replyTo && (
          <>
            <dt className="font-semibold">Reply-To</dt>
            <dd className="break-all">{message.replyTo}</dd>
          </>
        )}
        <dt className="font-semibold">Message-ID</dt>
        <dd className="break-all">{message.messageId}</dd>
        <dt className="font-semibold">Attempts</dt>
        <dd>{message.attempts}</dd>
        <dt className="font-semibold">Queued</dt>
        <dd>{time(message.createdAt)}</dd>
        <dt className="font-semibold">Sent</dt>
        <dd>{time(message.sentAt)}</dd>
        {message.lastError && (
          <>
            <dt className="font-semibold">SMTP answer</dt>
            <dd className="break-words">{message.lastError}</dd>
          </>
        )}
      </dl>
      {message.status === "failed" && (
        <form action={retryEmailAction} className="mt-4">
          <input type="hidden" name="id" value={message.id} />
          <button type="submit" className={buttonClass("primary")}>
            Retry
          </button>
        </form>
      )}
      <h2 className="mt-8 text-xl font-bold">The message</h2>
      <p className="text-muted dark:text-muted-dark text-sm">
        The plain-text part, as the recipient&apos;s mail program shows it.
      </p>
      <pre className="border-rule dark:border-rule-dark mt-2 overflow-x-auto rounded border p-4 font-mono text-sm whitespace-pre-wrap">
        {message.text}
      </pre>
    </>
  );
}
