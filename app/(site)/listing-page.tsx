import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StoryList } from "@/components/article/StoryList";
import { Pagination } from "@/components/ui/Pagination";
import { type ListingKind } from "@/lib/articles/listings";
import { pageAlternates } from "@/lib/seo/alternates";
import { env } from "@/lib/env";
import { positiveInteger } from "@/lib/validation/query-params";
import { findListing, listStories } from "@/lib/data/reader";

const headings: Record<ListingKind, (name: string) => string> = {
  section: (name) => name,
  tag: (name) => `Stories tagged ${name}`,
  agency: (name) => `Stories from ${name}`,
  byline: (name) => `Stories by ${name}`,
};

/** Title, canonical address (with ?page=N past page 1) and feed link of a list page. */
export async function listingMetadata(kind: ListingKind, slug: string, rawPage = "1"): Promise<Metadata> {
  const listing = await findListing(kind, slug);
  const page = positiveInteger(rawPage);
  if (!listing || !page) return {};
  const heading = headings[kind](listing.name);
  return {
    title: page > 1 ? `${heading}, page ${page}` : heading,
    description: `The latest ${heading.toLowerCase().startsWith("stories") ? heading.toLowerCase() : `${heading} stories`} on ${env.SITE_NAME}.`,
    // Sections have feeds of their own; tags, agencies and bylines link the site's.
    alternates: pageAlternates(
      page > 1 ? `${listing.path}?page=${page}` : listing.path,
      kind === "section" ? { slug, name: listing.name } : undefined,
      env.SITE_NAME,
    ),
  };
}

/** A section, tag, agency or byline page: 20 stories a page, newest first; pages past the end are 404. */
export async function ListingPage({
  kind,
  slug,
  rawPage = "1",
}: {
  kind: ListingKind;
  slug: string;
  rawPage?: string;
}) {
  const listing = await findListing(kind, slug);
  const page = positiveInteger(rawPage);
  if (!listing || !page) notFound();
  const { stories, pageCount } = await listStories(listing.where, page);
  if (page > pageCount) notFound();
  return (
    <>
      <StoryList
        heading={headings[kind](listing.name)}
        stories={stories}
        timeZone={env.SITE_TIMEZONE}
        showSection={kind !== "section"}
      />
      <Pagination
        page={page}
        pageCount={pageCount}
        hrefFor={(n) => (n === 1 ? listing.path : `${listing.path}?page=${n}`)}
      />
    </>
  );
}

type ListingParams = Promise<{ section?: string; slug?: string; n?: string }>;

/**
 * What a list route exports: its metadata and page, for page 1 (/world, /tag/x) and for the
 * numbered pages that ?page=N is rewritten to (/world/page/2).
 */
export function listingRoute(kind: ListingKind) {
  const read = async (params: ListingParams) => {
    const { section, slug, n } = await params;
    return { slug: section ?? slug ?? "", rawPage: n ?? "1" };
  };
  return {
    generateMetadata: async ({ params }: { params: ListingParams }) => {
      const { slug, rawPage } = await read(params);
      return listingMetadata(kind, slug, rawPage);
    },
    Page: async function Listing({ params }: { params: ListingParams }) {
      const { slug, rawPage } = await read(params);
      return <ListingPage kind={kind} slug={slug} rawPage={rawPage} />;
    },
  };
}

/** List pages are rendered on first request and cached, so a build needs no stories. */
export function noStaticParams(): [] {
  return [];
}
