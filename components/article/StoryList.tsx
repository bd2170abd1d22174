import type { StoryView } from "@/lib/articles/story-view";
import { StoryTeaser } from "./StoryTeaser";

/** Stories in a responsive grid, newest first, under a visible heading. */
export function StoryList({
  heading,
  stories,
  timeZone,
  showSection,
}: {
  heading: string;
  stories: StoryView[];
  timeZone: string;
  showSection: boolean;
}) {
  return (
    <section aria-labelledby="story-list-heading">
      <h1 id="story-list-heading" className="mb-6 font-sans text-sm font-bold tracking-widest uppercase">
        {heading}
      </h1>
      {stories.length === 0 ? (
        <p className="text-muted dark:text-muted-dark">No stories yet.</p>
      ) : (
        <ol className="grid gap-x-10 gap-y-8 md:grid-cols-2 lg:grid-cols-3">
          {stories.map((story) => (
            <li key={story.slug}>
              <StoryTeaser story={story} timeZone={timeZone} showSection={showSection} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
