import Markdown, { type Components } from "react-markdown";
import type { BodyPhotoView } from "@/lib/media/body-photos";
import { photoMarkerNumber } from "@/lib/media/photo-marker";
import { Photo } from "./Photo";

// Only the simple formatting a story body may have; raw HTML in the Markdown is dropped,
// never rendered (skipHtml), and link targets go through react-markdown's URL filter.
const allowedElements = ["p", "em", "strong", "a", "blockquote", "ul", "ol", "li", "h2", "h3", "br", "code"];

const paragraph = ({ children }: { children?: React.ReactNode }) => (
  <p className="mb-5 hyphens-auto">{children}</p>
);

const components: Components = {
  p: paragraph,
  a: ({ children, href }) => (
    <a href={href} className="text-accent dark:text-accent-dark underline">
      {children}
    </a>
  ),
  blockquote: ({ children }) => (
    <blockquote className="border-accent dark:border-accent-dark mb-5 border-l-4 pl-4 italic">
      {children}
    </blockquote>
  ),
  h2: ({ children }) => <h2 className="mt-8 mb-3 font-sans text-xl font-bold">{children}</h2>,
  h3: ({ children }) => <h3 className="mt-6 mb-2 font-sans text-lg font-bold">{children}</h3>,
  ul: ({ children }) => <ul className="mb-5 list-disc pl-6">{children}</ul>,
  ol: ({ children }) => <ol className="mb-5 list-decimal pl-6">{children}</ol>,
};

/**
 * A paragraph reading "[Photo 2]" becomes that photograph; one naming a photograph the story
 * does not have shows nothing, so readers never see the editor's marker.
 */
function withPhotos(photos: BodyPhotoView[]): Components {
  return {
    ...components,
    p: (props) => {
      const only = props.node?.children.length === 1 ? props.node.children[0] : undefined;
      const number = only?.type === "text" ? photoMarkerNumber(only.value) : null;
      if (number === null) return paragraph(props);
      const photo = photos.find((candidate) => candidate.number === number);
      return photo ? <Photo photo={photo} /> : null;
    },
  };
}

/**
 * A story's Markdown body as paragraphs, in a readable measure, with its photographs where the
 * body places them. Without `photos` (the editor's preview, the site's own pages) a marker
 * stays the words the editor wrote.
 */
export function StoryBody({ markdown, photos }: { markdown: string; photos?: BodyPhotoView[] }) {
  return (
    <div className="text-[1.1875rem] leading-[1.7] sm:text-xl">
      <Markdown
        skipHtml
        allowedElements={allowedElements}
        unwrapDisallowed
        components={photos ? withPhotos(photos) : components}
      >
        {markdown}
      </Markdown>
    </div>
  );
}
