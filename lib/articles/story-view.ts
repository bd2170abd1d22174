import { readingMinutes } from "./plain-text";
import { storyPath } from "./story-paths";

/** What reader pages need of a story; dates stay Dates, markup decisions stay in components. */
export type StoryView = {
  slug: string;
  href: string;
  headline: string;
  standfirst: string | null;
  body: string;
  place: string;
  agency: string;
  byline: string | null;
  section: { slug: string; name: string };
  tags: Array<{ slug: string; name: string }>;
  publishedAt: Date;
  updatedAt: Date;
  readingMinutes: number;
  commentsOpen: boolean;
};

type StoryRow = {
  slug: string;
  headline: string;
  standfirst: string | null;
  body: string;
  place: string;
  agency: string;
  byline: string | null;
  publishedAt: Date | null;
  updatedAt: Date;
  commentsOpen: boolean;
  section: { slug: string; name: string };
  tags: Array<{ tag: { slug: string; name: string } }>;
};

/** The Prisma `include` that toStoryView needs. */
export const storyInclude = {
  section: { select: { slug: true, name: true } },
  tags: { orderBy: { position: "asc" }, select: { tag: { select: { slug: true, name: true } } } },
} as const;

export function toStoryView(row: StoryRow): StoryView {
  return {
    slug: row.slug,
    href: storyPath(row.section.slug, row.slug),
    headline: row.headline,
    standfirst: row.standfirst,
    body: row.body,
    place: row.place,
    agency: row.agency,
    byline: row.byline,
    section: row.section,
    tags: row.tags.map(({ tag }) => tag),
    publishedAt: row.publishedAt ?? row.updatedAt,
    updatedAt: row.updatedAt,
    readingMinutes: readingMinutes(row.body),
    commentsOpen: row.commentsOpen,
  };
}

/** Readers see a story when it is published and its time has come. */
export function visibleToReaders(now: Date = new Date()) {
  return { status: "published" as const, publishedAt: { lte: now } };
}
