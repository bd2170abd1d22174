import type { Article, Prisma } from "../generated/sqlite/client";
import { readingMinutes } from "./plain-text";
import { storyPath } from "./story-paths";
import { storyPhotoSelect, storyPhotoView, type StoryPhotoView } from "../media/photo-view";

/** The text and flags of a story as stored; the shared core of every story shape. */
export type StoryText = Pick<
  Article,
  "slug" | "headline" | "standfirst" | "body" | "place" | "agency" | "byline" | "commentsOpen"
>;

/** What reader pages need of a story; dates stay Dates, markup decisions stay in components. */
export type StoryView = StoryText & {
  id: number;
  /** The agency's and byline's list pages (/agency/afp, /byline/jane-doe). */
  agencyHref: string;
  bylineHref: string | null;
  href: string;
  section: { slug: string; name: string };
  tags: Array<{ slug: string; name: string }>;
  publishedAt: Date;
  updatedAt: Date;
  readingMinutes: number;
  /** The lead photograph, shown above the body, in link previews and feeds. */
  leadPhoto?: StoryPhotoView | null;
};

/** The Prisma `include` that toStoryView needs. */
export const storyInclude = {
  section: { select: { slug: true, name: true } },
  tags: { orderBy: { position: "asc" }, select: { tag: { select: { slug: true, name: true } } } },
  leadPhoto: { select: storyPhotoSelect },
} as const;

type StoryRow = Prisma.ArticleGetPayload<{ include: typeof storyInclude }>;

export function toStoryView(row: StoryRow): StoryView {
  return {
    id: row.id,
    slug: row.slug,
    href: storyPath(row.section.slug, row.slug),
    headline: row.headline,
    standfirst: row.standfirst,
    body: row.body,
    place: row.place,
    agency: row.agency,
    byline: row.byline,
    agencyHref: `/agency/${row.agencySlug}`,
    bylineHref: row.bylineSlug ? `/byline/${row.bylineSlug}` : null,
    section: row.section,
    tags: row.tags.map(({ tag }) => tag),
    publishedAt: row.publishedAt ?? row.updatedAt,
    updatedAt: row.updatedAt,
    readingMinutes: readingMinutes(row.body),
    commentsOpen: row.commentsOpen,
    leadPhoto: row.leadPhoto ? storyPhotoView(row.leadPhoto) : null,
  };
}

/** Readers see a story when it is published and its time has come. */
export function visibleToReaders(now: Date = new Date()) {
  return { status: "published" as const, publishedAt: { lte: now } };
}
