import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StoryList } from "@/components/article/StoryList";
import { OlderStories } from "@/components/article/OlderStories";
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

/** Title, canonical address (with ?before= past the newest stories) and feed link of a list page. */
export async function listingMetadata(
  kind: ListingKind,
  slug: string,
  rawBefore?: string,
): Promise<Metadata> {
  const listing = await findListing(kind, slug);
  const before = rawBefore === undefined ? undefined : positiveInteger(rawBefore);
  if (!listing || before === null) return {};
  const heading = headings[kind](listing.name);
  return {
    title: before ? `${heading}: earlier stories` : heading,
    description: `The latest ${heading.toLowerCase().startsWith("stories") ? heading.toLowerCase() : `${heading} stories`} on ${env.SITE_NAME}.`,
    // Sections have feeds of their own; tags, agencies and bylines link the site's.
    alternates: pageAlternates(
      before ? `${listing.path}?before=${before}` : listing.path,
      kind === "section" ? { slug, name: listing.name } : undefined,
      env.SITE_NAME,
    ),
  };
}

/**
 * A section, tag, agency or byline page: 20 stories, newest first, or the 20 after story
 * `rawBefore` in the list; an unknown story, or one past the end of the list, is a 404.
 */
export async function ListingPage({
  kind,
  slug,
  rawBefore,
}: {
  kind: ListingKind;
  slug: string;
  rawBefore?: string;
}) {
  const listing = await findListing(kind, slug);
  const before = rawBefore === undefined ? undefined : positiveInteger(rawBefore);
  if (!listing || before === null) notFound();
  const page = await listStories(listing.filter, { before });
  if (!page || (before && page.stories.length === 0)) notFound();
  return (
    <>
      <StoryList
        heading={headings[kind](listing.name)}
        stories={page.stories}
        timeZone={env.SITE_TIMEZONE}
        showSection={kind !== "section"}
      />
      <OlderStories
        latestHref={before ? listing.path : null}
        olderHref={page.olderThan ? `${listing.path}?before=${page.olderThan}` : null}
      />
    </>
  );
}

type ListingParams = Promise<{ section?: string; slug?: string; story?: string }>;

/**
 * What a list route exports: its metadata and page, for the newest stories (/world, /tag/x) and
 * for the earlier pages that ?before=<story id> is rewritten to (/world/before/123).
 */
export function listingRoute(kind: ListingKind) {
  const read = async (params: ListingParams) => {
    const { section, slug, story } = await params;
    return { slug: section ?? slug ?? "", rawBefore: story };
  };
  return {
    generateMetadata: async ({ params }: { params: ListingParams }) => {
      const { slug, rawBefore } = await read(params);
      return listingMetadata(kind, slug, rawBefore);
    },
    Page: async function Listing({ params }: { params: ListingParams }) {
      const { slug, rawBefore } = await read(params);
      return <ListingPage kind={kind} slug={slug} rawBefore={rawBefore} />;
    },
  };
}

/** List pages are rendered on first request and cached, so a build needs no stories. */
export function noStaticParams(): [] {
  return [];
}
