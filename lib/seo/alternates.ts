/**
 * A page's canonical address and its feed links (the site's feeds on every page, plus a
 * section's own where there is one). Next replaces, not merges, `alternates` per page.
 */
export function pageAlternates(canonical: string, section?: { slug: string; name: string }, siteName = "") {
  return {
    canonical,
    types: {
      "application/rss+xml": [
        { url: "/feed.xml", title: siteName ? `${siteName} (RSS)` : "RSS" },
        ...(section
          ? [{ url: `/${section.slug}/feed.xml`, title: `${siteName}: ${section.name} (RSS)` }]
          : []),
      ],
      "application/atom+xml": [
        { url: "/atom.xml", title: siteName ? `${siteName} (Atom)` : "Atom" },
        ...(section
          ? [{ url: `/${section.slug}/atom.xml`, title: `${siteName}: ${section.name} (Atom)` }]
          : []),
      ],
    },
  };
}
