import { Pagination } from "@/components/ui/Pagination";
import type { CorrectionListing } from "@/lib/corrections/story-notes";
import { StoryNoteText } from "@/components/article/StoryNoteText";

/** The corrections page: what the newsroom got wrong and put right, newest first. */
export function CorrectionsList({
  siteName,
  corrections,
  page,
  pageCount,
  hrefFor,
  timeZone,
}: {
  siteName: string;
  corrections: CorrectionListing[];
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  timeZone: string;
}) {
  return (
    <div className="mx-auto max-w-[40rem]">
      <h1 className="text-4xl font-bold tracking-tight">Corrections</h1>
      <p className="text-muted dark:text-muted-dark mt-4 text-lg">
        When {siteName} gets something wrong, we correct the story and say so at its foot. Here is every
        correction, newest first. Feeds: <a href="/corrections/feed.xml">RSS</a>,{" "}
        <a href="/corrections/atom.xml">Atom</a>.
      </p>
      {corrections.length === 0 ? (
        <p className="mt-8">No corrections have been published.</p>
      ) : (
        <ol className="mt-8 space-y-6">
          {corrections.map((correction) => (
            <li
              key={correction.id}
              id={`correction-${correction.id}`}
              className="border-rule dark:border-rule-dark border-t pt-4"
            >
              <h2 className="text-xl leading-snug font-bold">
                <a href={`${correction.story.href}#corrections`} className="hover:underline">
                  {correction.story.headline}
                </a>
              </h2>
              <p className="mt-2">
                <StoryNoteText
                  note={{ ...correction, kind: "correction" }}
                  timeZone={timeZone}
                  labelClassName="font-sans text-sm"
                />
              </p>
            </li>
          ))}
        </ol>
      )}
      <Pagination
        page={page}
        pageCount={pageCount}
        hrefFor={hrefFor}
        previous="← Newer corrections"
        next="Older corrections →"
      />
    </div>
  );
}
