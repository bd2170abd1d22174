import type { SectionLink } from "@/lib/sections/list-sections";
import { SearchForm } from "./SearchForm";

/** Masthead and section navigation; not printed, since a printed story needs neither. */
export function SiteHeader({ siteName, sections }: { siteName: string; sections: SectionLink[] }) {
  return (
    <header className="border-ink dark:border-ink-dark border-b-4 border-double print:hidden">
      <a
        href="#content"
        className="bg-ink text-paper sr-only font-sans focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <div className="mx-auto max-w-6xl px-4 pt-5 pb-3 sm:px-6">
        <a
          href="/"
          className="block text-center text-4xl font-bold tracking-tight no-underline sm:text-5xl"
          aria-label={`${siteName}, front page`}
        >
          {siteName}
        </a>
        <nav aria-label="Sections" className="mt-3">
          <ul className="flex flex-wrap justify-center gap-x-5 gap-y-1 font-sans text-sm font-semibold tracking-wide uppercase">
            {sections.map((section) => (
              <li key={section.slug}>
                <a
                  href={`/${section.slug}`}
                  className="hover:text-accent dark:hover:text-accent-dark hover:underline"
                >
                  {section.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="mt-3 flex justify-center">
          <SearchForm id="site-search" name="Site search" />
        </div>
      </div>
    </header>
  );
}
