import type { Metadata } from "next";
import Link from "next/link";
import { Cell, DataTable, Row } from "@/components/admin/DataTable";
import { buttonClass } from "@/components/admin/styles";
import { inputClass } from "@/components/ui/FormField";
import { Pagination } from "@/components/ui/Pagination";
import { auditKinds, isAuditKind } from "@/lib/audit/audit-actions";
import { staffForPage } from "@/lib/auth/staff-page";
import { formatShortDateTime } from "@/lib/dates/format-date";
import { env } from "@/lib/env";
import { pageParam } from "@/lib/validation/query-params";
import { listAuditEvents } from "@/lib/data/newsroom";

export const metadata: Metadata = { title: "Audit log" };

type Search = { kind?: string; who?: string; page?: string };

/** Where a line's subject is looked at, when it has a page in the newsroom. */
function subjectHref(kind: string | null, subjectId: string | null): string | null {
  if (!subjectId || !/^\d{1,9}$/.test(subjectId)) return null;
  if (kind === "story") return `/admin/stories/${subjectId}/history`;
  if (kind === "comment") return `/admin/comments/${subjectId}`;
  return null;
}

/** Who did what in the newsroom, newest first, filtered by kind and by person (admins only). */
export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Search> }) {
  const params = await searchParams;
  const staff = await staffForPage("settings", "/admin/audit");
  const kind = isAuditKind(params.kind) ? params.kind : null;
  const who =
    typeof params.who === "string" && params.who.length > 0 && params.who.length <= 200 ? params.who : null;
  const page = pageParam(params.page);
  const { lines, pageCount, people } = await listAuditEvents(staff, { kind, who, page });
  const query = (n: number) =>
    `/admin/audit?${new URLSearchParams({ ...(kind ? { kind } : {}), ...(who ? { who } : {}), page: String(n) })}`;
  return (
    <>
      <h1 className="text-3xl font-bold">Audit log</h1>
      <p className="mt-2">
        Who published, unpublished, edited, corrected, moderated and changed what, and when. Lines are never
        changed and stay when an account is disabled.
      </p>
      <form method="get" action="/admin/audit" className="mt-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="audit-kind" className="block font-semibold">
            Kind
          </label>
          <select id="audit-kind" name="kind" defaultValue={kind ?? ""} className={`${inputClass} w-auto`}>
            <option value="">Everything</option>
            {Object.entries(auditKinds).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-who" className="block font-semibold">
            Who
          </label>
          <select id="audit-who" name="who" defaultValue={who ?? ""} className={`${inputClass} w-auto`}>
            <option value="">Everyone</option>
            {people.map((person) => (
              <option key={person.value} value={person.value}>
                {person.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass()}>
          Show
        </button>
      </form>
      {lines.length === 0 ? (
        <p className="mt-6">Nothing recorded{kind || who ? " for this filter" : " yet"}.</p>
      ) : (
        <DataTable caption="Audit log, newest first" columns={["When", "Who", "What", "Details"]}>
          {lines.map((line) => {
            const href = subjectHref(line.kind, line.subjectId);
            return (
              <Row key={line.id}>
                <Cell className="whitespace-nowrap">
                  <time dateTime={line.at.toISOString()}>
                    {formatShortDateTime(line.at, env.SITE_TIMEZONE)}
                  </time>
                </Cell>
                <Cell>{line.who}</Cell>
                <Cell>{line.action}</Cell>
                <Cell>
                  {href ? (
                    <Link href={href} className="underline">
                      {line.summary}
                    </Link>
                  ) : (
                    line.summary
                  )}
                </Cell>
              </Row>
            );
          })}
        </DataTable>
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={query} previous="← Newer" next="Older →" />
    </>
  );
}
