import type { SectionLink } from "@/lib/sections/list-sections";

const heading = "mb-2 font-bold text-ink dark:text-ink-dark";
const link = "hover:text-accent dark:hover:text-accent-dark underline-offset-2 hover:underline";

/** The page foot: the sections, the feeds, and who we are (about, contact, corrections, privacy). */
export function SiteFooter({ siteName, sections }: { siteName: string; sections: SectionLink[] }) {
  return (
    <footer className="border-rule dark:border-rule-dark text-muted dark:text-muted-dark mt-16 border-t font-sans text-sm print:hidden">
      <nav aria-label="Site" className="mx-auto grid max-w-6xl gap-6 px-4 py-8 sm:grid-cols-3 sm:px-6">
        <div>
          <h2 className={heading}>Sections</h2>
          <ul className="space-y-1">
            {sections.map((section) => (
              <li key={section.slug}>
                <a href={`/${section.slug}`} className={link}>
                  {section.name}
                </a>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h2 className={heading}>Feeds</h2>
          <ul className="space-y-1">
            <li>
              <a href="/feed.xml" className={link}>
                All stories (RSS)
              </a>
            </li>
            <li>
              <a href="/atom.xml" className={link}>
                All stories (Atom)
              </a>
            </li>
            {sections.map((section) => (
              <li key={section.slug}>
                <a href={`/${section.slug}/feed.xml`} className={link}>
                  {section.name} (RSS)
                </a>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h2 className={heading}>{siteName}</h2>
          <ul className="space-y-1">
            <li>
              <a href="/about" className={link}>
                About us
              </a>
            </li>
            <li>
              <a href="/contact" className={link}>
                Contact
              </a>
            </li>
            <li>
              <a href="/corrections" className={link}>
                Corrections
              </a>
            </li>
            <li>
              <a href="/privacy" className={link}>
                Privacy
              </a>
            </li>
          </ul>
          <p className="mt-4">© {siteName}</p>
        </div>
      </nav>
    </footer>
  );
}
