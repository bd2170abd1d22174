import Markdown, { type Components } from "react-markdown";

// Only the simple formatting a story body may have; raw HTML in the Markdown is dropped,
// never rendered (skipHtml), and link targets go through react-markdown's URL filter.
const allowedElements = ["p", "em", "strong", "a", "blockquote", "ul", "ol", "li", "h2", "h3", "br", "code"];

const components: Components = {
  p: ({ children }) => <p className="mb-5 hyphens-auto">{children}</p>,
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

/** A story's Markdown body as paragraphs, in a readable measure. */
export function StoryBody({ markdown }: { markdown: string }) {
  return (
    <div className="text-[1.1875rem] leading-[1.7] sm:text-xl">
      <Markdown skipHtml allowedElements={allowedElements} unwrapDisallowed components={components}>
        {markdown}
      </Markdown>
    </div>
  );
}
