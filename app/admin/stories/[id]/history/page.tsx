import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Cell, DataTable, Row } from "@/components/admin/DataTable";
import { Notice } from "@/components/admin/Notice";
import { RevisionDiff } from "@/components/admin/RevisionDiff";
import { buttonClass } from "@/components/admin/styles";
import { inputClass } from "@/components/ui/FormField";
import { staffForPage } from "@/lib/auth/staff-page";
import { formatShortDateTime } from "@/lib/dates/format-date";
import { env } from "@/lib/env";
import { refusals } from "@/lib/errors";
import { positiveInteger } from "@/lib/validation/query-params";
import { compareRevisions, getStoryHistory } from "@/lib/data/newsroom";
import { restoreRevisionAction } from "../../actions";

export const metadata: Metadata = { title: "Story history" };

type Search = { from?: string; to?: string; restore?: string; number?: string };

/** What the page says after a Restore button, from the outcome in its address. */
function restoreNotice({ restore, number }: Search): { message: string; tone: "done" | "problem" } | null {
  if (restore === "done") {
    return {
      message: `Revision ${positiveInteger(number ?? "") ?? ""} restored as a new revision.`,
      tone: "done",
    };
  }
  if (restore && restore in refusals) {
    return { message: refusals[restore as keyof typeof refusals].message, tone: "problem" };
  }
  return null;
}

/** A story's saves, newest first: who, when, what changed; any two compared; any one restored. */
export default async function StoryHistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Search>;
}) {
  const id = positiveInteger((await params).id) ?? 0;
  const path = `/admin/stories/${id}/history`;
  const staff = await staffForPage("stories", path);
  const history = id ? await getStoryHistory(staff, id) : null;
  if (!history) notFound();
  const search = await searchParams;
  const { story, revisions } = history;
  const numbers = revisions.map((line) => line.number);
  const pick = (value: string | undefined, fallback: number | undefined) => {
    const number = positiveInteger(value ?? "");
    return number !== null && numbers.includes(number) ? number : fallback;
  };
  // By default the latest save against the one before it.
  const to = pick(search.to, numbers[0]);
  const from = pick(search.from, numbers[1] ?? numbers[0]);
  const comparison =
    from !== undefined && to !== undefined ? await compareRevisions(staff, id, [from, to]) : null;
  const notice = restoreNotice(search);
  const when = (date: Date) => formatShortDateTime(date, env.SITE_TIMEZONE);
  return (
    <>
      <p>
        <Link href={`/admin/stories/${id}`} className="underline">
          Back to the story
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">History: {story.headline}</h1>
      {notice && <Notice message={notice.message} tone={notice.tone} />}
      {revisions.length === 0 ? (
        <p className="mt-4">No saves of this story have been kept yet. Its next save starts the history.</p>
      ) : (
        <>
          <DataTable
            caption="Revisions of the story, newest first"
            columns={["Revision", "When", "Who", "What", "Changed", "Restore"]}
          >
            {revisions.map((line) => (
              <Row key={line.number}>
                <Cell>{line.number}</Cell>
                <Cell>
                  <time dateTime={line.at.toISOString()}>{when(line.at)}</time>
                </Cell>
                <Cell>{line.by ?? "—"}</Cell>
                <Cell>
                  {line.action}
                  {line.restoredFrom !== null && ` revision ${line.restoredFrom}`}
                </Cell>
                <Cell>{line.changed || "—"}</Cell>
                <Cell>
                  {line.number === story.revision ? (
                    <span className="text-muted dark:text-muted-dark">Current</span>
                  ) : (
                    <form action={restoreRevisionAction}>
                      <input type="hidden" name="storyId" value={id} />
                      <input type="hidden" name="number" value={line.number} />
                      <input type="hidden" name="revision" value={story.revision} />
                      <button type="submit" className={buttonClass()}>
                        Restore revision {line.number}
                      </button>
                    </form>
                  )}
                </Cell>
              </Row>
            ))}
          </DataTable>
          <h2 className="mt-8 text-2xl font-bold">Compare two revisions</h2>
          <form method="get" action={path} className="mt-2 flex flex-wrap items-end gap-3">
            {(
              [
                ["from", "Earlier revision", from],
                ["to", "Later revision", to],
              ] as const
            ).map(([name, label, chosen]) => (
              <div key={name}>
                <label htmlFor={`compare-${name}`} className="block font-semibold">
                  {label}
                </label>
                <select
                  id={`compare-${name}`}
                  name={name}
                  defaultValue={chosen}
                  className={`${inputClass} w-auto`}
                >
                  {revisions.map((line) => (
                    <option key={line.number} value={line.number}>
                      Revision {line.number}, {when(line.at)}
                    </option>
                  ))}
                </select>
              </div>
            ))}
            <button type="submit" className={buttonClass()}>
              Compare
            </button>
          </form>
          {comparison && (
            <section aria-labelledby="comparison-heading" className="mt-6">
              <h3 id="comparison-heading" className="text-xl font-bold">
                From revision {comparison.from} to revision {comparison.to}
              </h3>
              <RevisionDiff diffs={comparison.diffs} />
            </section>
          )}
        </>
      )}
    </>
  );
}
