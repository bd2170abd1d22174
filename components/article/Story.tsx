import type { StoryView } from "@/lib/articles/story-view";
import { wasUpdated } from "@/lib/dates/format-date";
import { Dateline } from "./Dateline";
import { Photo } from "./Photo";
import { PublicationTime } from "./PublicationTime";
import { StoryBody } from "./StoryBody";
import { StoryNotes } from "./StoryNotes";
import type { StoryNoteView } from "@/lib/corrections/story-notes";
import type { BodyPhotoView } from "@/lib/media/body-photos";

/** A whole story as a newspaper page sets it: kicker, headline, standfirst, credits, body. */
export function Story({
  story,
  timeZone,
  commentCount,
  notes = [],
  bodyPhotos = [],
  related = [],
  children,
}: {
  story: StoryView;
  /** Corrections and updates, shown at the foot of the story. */
  notes?: StoryNoteView[];
  /** The photographs the body places with "[Photo N]" lines. */
  bodyPhotos?: BodyPhotoView[];
  timeZone: string;
  /** Shown beside the credits as a link to the comments. */
  commentCount: number;
  /** Other stories to read next, shown after the story. */
  related?: StoryView[];
  /** What follows the story on its page (the comments). */
  children?: React.ReactNode;
}) {
  return (
    <>
      <article className="mx-auto max-w-[40rem]">
        <header className="mb-8">
          <p className="mb-3 font-sans text-sm font-bold tracking-widest uppercase">
            <a href={`/${story.section.slug}`} className="text-accent dark:text-accent-dark hover:underline">
              {story.section.name}
            </a>
          </p>
          <h1 className="text-[2rem] leading-[1.1] font-bold tracking-tight text-balance sm:text-5xl">
            {story.headline}
          </h1>
          {story.standfirst && (
            <p className="text-muted dark:text-muted-dark mt-4 text-xl leading-snug sm:text-2xl">
              {story.standfirst}
            </p>
          )}
          <div className="border-rule dark:border-rule-dark text-muted dark:text-muted-dark mt-6 border-y py-3 font-sans text-sm">
            {story.byline && (
              <p className="text-ink dark:text-ink-dark font-semibold">
                By{" "}
                {story.bylineHref ? (
                  <a href={story.bylineHref} className="hover:underline">
                    {story.byline}
                  </a>
                ) : (
                  story.byline
                )}
              </p>
            )}
            <p className="text-ink dark:text-ink-dark">
              <Dateline place={story.place} agency={story.agency} agencyHref={story.agencyHref} />
            </p>
            <p>
              <PublicationTime date={story.publishedAt} timeZone={timeZone} form="long" />
              {wasUpdated(story.publishedAt, story.updatedAt) && (
                <>
                  {" · Updated "}
                  <PublicationTime date={story.updatedAt} timeZone={timeZone} form="long" />
                </>
              )}
            </p>
            <p>
              {story.readingMinutes} min read
              <span aria-hidden="true"> · </span>
              <a href="#comments" className="underline print:hidden">
                {commentCount === 1 ? "1 comment" : `${commentCount.toLocaleString("en-GB")} comments`}
              </a>
            </p>
          </div>
        </header>
        {story.leadPhoto && <Photo photo={story.leadPhoto} lead />}
        <StoryBody markdown={story.body} photos={bodyPhotos} />
        <StoryNotes notes={notes} timeZone={timeZone} />
        {story.tags.length > 0 && (
          <footer className="border-rule dark:border-rule-dark mt-10 border-t pt-4 font-sans text-sm print:hidden">
            <h2 className="sr-only">Topics</h2>
            <ul className="flex flex-wrap gap-2">
              {story.tags.map((tag) => (
                <li key={tag.slug}>
                  <a
                    href={`/tag/${tag.slug}`}
                    className="border-rule dark:border-rule-dark hover:border-ink dark:hover:border-ink-dark block rounded-full border px-3 py-1 no-underline"
                  >
                    {tag.name}
                  </a>
                </li>
              ))}
            </ul>
          </footer>
        )}
      </article>
      {related.length > 0 && (
        <section aria-labelledby="related-heading" className="mx-auto mt-12 max-w-[40rem] print:hidden">
          <h2 id="related-heading" className="mb-4 font-sans text-sm font-bold tracking-widest uppercase">
            Related stories
          </h2>
          <ul className="space-y-4">
            {related.map((other) => (
              <li key={other.id} className="border-rule dark:border-rule-dark border-t pt-3">
                <a href={other.href} className="text-lg leading-snug font-bold hover:underline">
                  {other.headline}
                </a>
                <p className="text-muted dark:text-muted-dark mt-1 font-sans text-xs">
                  <Dateline place={other.place} agency={other.agency} /> ·{" "}
                  <PublicationTime date={other.publishedAt} timeZone={timeZone} form="short" />
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {children}
    </>
  );
}
