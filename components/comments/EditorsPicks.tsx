import { commentPermalink } from "@/lib/articles/story-paths";
import type { EditorsPick } from "@/lib/comments/editors-picks";
import { PublicationTime } from "../article/PublicationTime";
import { CommentAuthor } from "./CommentAuthor";
import { CommentText } from "./CommentText";

type Props = { picks: EditorsPick[]; storyHref: string; timeZone: string };

/** The comments editors chose, quoted above the threads, each linked to its place in its thread. */
export function EditorsPicks({ picks, storyHref, timeZone }: Props) {
  if (picks.length === 0) return null;
  return (
    <section aria-labelledby="editors-picks" className="border-rule dark:border-rule-dark mb-8 border-y py-4">
      <h3 id="editors-picks" className="mb-4 font-sans text-lg font-bold">
        Editors&rsquo; picks
      </h3>
      <ol className="space-y-5">
        {picks.map((pick) => (
          <li key={pick.id}>
            <figure>
              <blockquote className="text-lg leading-relaxed">
                <CommentText body={pick.body} />
              </blockquote>
              <figcaption className="mt-2 font-sans text-sm">
                <CommentAuthor name={pick.authorName} url={pick.authorUrl} staff={pick.staff} />
                <span aria-hidden="true"> · </span>
                <span className="text-muted dark:text-muted-dark">
                  <PublicationTime date={pick.createdAt} timeZone={timeZone} form="long" />
                </span>
                <span aria-hidden="true"> · </span>
                <a
                  href={commentPermalink(storyHref, pick.id)}
                  aria-label={`In its thread: the comment by ${pick.authorName}`}
                  className="underline"
                >
                  In its thread
                </a>
              </figcaption>
            </figure>
          </li>
        ))}
      </ol>
    </section>
  );
}
