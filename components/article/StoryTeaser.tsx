import type { StoryView } from "@/lib/articles/story-view";
import { excerptOf } from "@/lib/articles/plain-text";
import { Dateline } from "./Dateline";
import { PublicationTime } from "./PublicationTime";

/** A story in a list: headline link, teaser text, dateline and date. */
export function StoryTeaser({
  story,
  timeZone,
  showSection,
}: {
  story: StoryView;
  timeZone: string;
  showSection: boolean;
}) {
  return (
    <article className="border-rule dark:border-rule-dark border-t pt-4">
      {showSection && (
        <p className="text-accent dark:text-accent-dark mb-1 font-sans text-xs font-bold tracking-widest uppercase">
          {story.section.name}
        </p>
      )}
      <h2 className="text-2xl leading-tight font-bold text-balance">
        <a href={story.href} className="hover:underline">
          {story.headline}
        </a>
      </h2>
      <p className="text-muted dark:text-muted-dark mt-2 text-lg leading-snug">
        {excerptOf(story.standfirst, story.body)}
      </p>
      <p className="text-muted dark:text-muted-dark mt-2 font-sans text-xs">
        <Dateline place={story.place} agency={story.agency} /> ·{" "}
        <PublicationTime date={story.publishedAt} timeZone={timeZone} form="short" />
      </p>
    </article>
  );
}
