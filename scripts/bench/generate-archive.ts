// A newsroom's ten years: stories in many sections, tags, bylines and agencies, and comments
// in threads up to five deep (a few stories with tens of thousands), with a progress bar.
// Rows are written with createMany in large batches and explicit comment ids, so replies can
// name their parents without reading anything back; that is what makes a million take minutes.
import type { Database } from "../../lib/database/create-client";
import type { Prisma } from "../../lib/generated/sqlite/client";
import type { DatabaseTarget } from "../../lib/database/database-url";
import { THREADS_PER_PAGE } from "../../lib/comments/comment-view";
import { random, vocabulary } from "./generate-stories";

export type ArchiveSize = { stories: number; comments: number };

/** What the bench reads back: one story, list and page of each kind, by slug. */
export type ArchiveLandmarks = {
  storySlug: string;
  sectionSlug: string;
  tagSlug: string;
  bylineSlug: string;
  /** The story with the most comments, and its last comments page. */
  busiestStoryId: number;
  busiestLastPage: number;
};

const SECTIONS = ["world", "europe", "business", "science", "sport", "culture", "technology", "opinion"];
const AGENCIES = ["AFP", "Reuters", "AP", "DPA", "Dateline"];
const TEN_YEARS = 10 * 365.25 * 24 * 3600_000;
const BATCH = 2_000;

/** A progress bar on one line of a terminal, a line per tenth elsewhere. */
function progress(label: string, total: number) {
  let shown = -1;
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
  return (done: number) => {
    const tenth = Math.floor((done / total) * 10);
    if (process.stdout.isTTY) {
      const width = 30;
      const filled = Math.round((done / total) * width);
      process.stdout.write(
        `\r  ${label} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done.toLocaleString("en-GB")}/${total.toLocaleString("en-GB")}${done === total ? ` in ${elapsed()}\n` : ""}`,
      );
    } else if (tenth !== shown) {
      shown = tenth;
      console.log(
        `  ${label}: ${done.toLocaleString("en-GB")} of ${total.toLocaleString("en-GB")} (${elapsed()})`,
      );
    }
  };
}

/**
 * How many comments each story gets: the busiest story enough top-level threads for a
 * 500th comments page, nine stories 10,000 each, the rest spread over recent stories. Scaled
 * down with the total for small archives.
 */
function commentPlan(size: ArchiveSize): Array<{ story: number; comments: number; threads: number }> {
  const scale = size.comments / 1_000_000;
  const plan: Array<{ story: number; comments: number; threads: number }> = [];
  // Only approved top-level comments (94%) become threads: enough of them for 500 pages.
  const busiestThreads = Math.max(THREADS_PER_PAGE, Math.round((500 * THREADS_PER_PAGE * scale) / 0.92));
  plan.push({ story: size.stories - 1, comments: Math.round(busiestThreads * 1.2), threads: busiestThreads });
  for (let i = 1; i <= 9; i++) {
    const comments = Math.round(10_000 * scale);
    plan.push({ story: size.stories - 1 - i * 7, comments, threads: Math.round(comments * 0.6) });
  }
  let left = size.comments - plan.reduce((sum, entry) => sum + entry.comments, 0);
  const perStory = 22;
  for (let story = size.stories - 2; left > 0 && story >= 0; story -= 1) {
    if (plan.some((entry) => entry.story === story)) continue;
    const comments = Math.min(left, perStory);
    plan.push({ story, comments, threads: Math.ceil(comments * 0.7) });
    left -= comments;
  }
  return plan;
}

/** Fills an empty, migrated database; returns what the bench looks up. */
export async function generateArchive(
  db: Database,
  provider: DatabaseTarget["provider"],
  size: ArchiveSize,
  { now = new Date(), quiet = false }: { now?: Date; quiet?: boolean } = {},
): Promise<ArchiveLandmarks> {
  const next = random(7);
  const words = vocabulary(3000, next);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const word = () => words[Math.floor(words.length * next() ** 3)]!;
  const sentence = (n: number) => Array.from({ length: n }, word).join(" ");
  const report = (label: string, total: number) => (quiet ? () => {} : progress(label, total));

  // A small archive has fewer sections, tags and bylines, so that its lists, too, fill pages.
  const lists = (count: number, perList: number) =>
    Math.max(2, Math.min(count, Math.floor(size.stories / perList)));
  await db.section.createMany({
    data: SECTIONS.slice(0, lists(SECTIONS.length, 25)).map((slug, position) => ({
      slug,
      name: slug[0]!.toUpperCase() + slug.slice(1),
      position,
    })),
  });
  const sections = await db.section.findMany({ orderBy: { position: "asc" } });
  const tagCount = lists(400, 25);
  await db.tag.createMany({
    data: Array.from({ length: tagCount }, (_, i) => ({ slug: `topic-${i}`, name: `Topic ${i}` })),
  });
  const tags = await db.tag.findMany({ orderBy: { id: "asc" } });
  const bylines = Array.from({ length: lists(150, 40) }, (_, i) => `Reporter ${i}`);

  const start = now.getTime() - TEN_YEARS;
  const step = TEN_YEARS / size.stories;
  const firstStoryId = 1;
  const storyBar = report("stories", size.stories);
  for (let done = 0; done < size.stories; done += BATCH) {
    const count = Math.min(BATCH, size.stories - done);
    const stories = Array.from({ length: count }, (_, i) => {
      const n = done + i;
      const publishedAt = new Date(start + n * step);
      const byline = next() < 0.7 ? pick(bylines) : null;
      const agency = pick(AGENCIES);
      return {
        id: firstStoryId + n,
        slug: `archive-story-${n}`,
        headline: `${sentence(7)} ${n}`,
        standfirst: sentence(18),
        body: Array.from({ length: 5 }, () => sentence(40)).join("\n\n"),
        place: "Benchtown",
        agency,
        agencySlug: agency.toLowerCase(),
        byline,
        bylineSlug: byline && byline.toLowerCase().replace(" ", "-"),
        sectionId: pick(sections).id,
        status: "published" as const,
        publishedAt,
        updatedAt: publishedAt,
      };
    });
    await db.article.createMany({ data: stories });
    const storyTags = stories.flatMap((story) => {
      const chosen = new Set(Array.from({ length: Math.floor(next() * 4) }, () => pick(tags).id));
      return [...chosen].map((tagId, position) => ({ articleId: story.id, tagId, position }));
    });
    if (storyTags.length) await db.articleTag.createMany({ data: storyTags });
    storyBar(done + count);
  }

  const plan = commentPlan(size);
  const commentBar = report("comments", size.comments);
  let id = 0;
  let written = 0;
  let batch: Prisma.CommentCreateManyInput[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    await db.comment.createMany({ data: batch });
    written += batch.length;
    batch = [];
    commentBar(written);
  };
  for (const entry of plan) {
    const articleId = firstStoryId + entry.story;
    const storyTime = start + entry.story * step;
    // Depths of this story's comments by id, so a reply knows how deep its parent is.
    const depths = new Map<number, number>();
    for (let i = 0; i < entry.comments; i++) {
      id += 1;
      const roll = next();
      const status = roll < 0.94 ? "approved" : roll < 0.97 ? "pending" : roll < 0.99 ? "spam" : "trash";
      let parentId: number | null = null;
      if (i >= entry.threads) {
        // A reply to an earlier comment of the story that is not already five deep.
        const candidate = id - 1 - Math.floor(next() * Math.min(i, 200));
        if ((depths.get(candidate) ?? 5) < 5) parentId = candidate;
      }
      const depth = parentId === null ? 1 : depths.get(parentId)! + 1;
      depths.set(id, depth);
      batch.push({
        id,
        articleId,
        parentId,
        depth,
        authorName: `Reader ${id % 5000}`,
        authorEmail: `reader${id % 5000}@example.com`,
        body: sentence(12 + Math.floor(next() * 30)),
        status,
        moderationReason: "bench",
        ip: `192.0.2.${id % 250}`,
        fingerprint: `archive-${id}`,
        createdAt: new Date(storyTime + (i + 1) * 60_000),
      });
      if (batch.length >= BATCH) await flush();
    }
  }
  await flush();
  if (provider === "postgresql") {
    // Ids were given, so the sequences never moved; the next insert must not collide.
    await db.$executeRaw`SELECT setval(pg_get_serial_sequence('"Comment"', 'id'), (SELECT max("id") FROM "Comment"))`;
    await db.$executeRaw`SELECT setval(pg_get_serial_sequence('"Article"', 'id'), (SELECT max("id") FROM "Article"))`;
    await db.$executeRawUnsafe("VACUUM ANALYZE");
  } else {
    await db.$executeRawUnsafe("ANALYZE");
  }

  const landmark = await db.article.findUniqueOrThrow({
    where: { id: firstStoryId + size.stories - 2 },
    select: {
      slug: true,
      bylineSlug: true,
      section: { select: { slug: true } },
      tags: { select: { tag: true } },
    },
  });
  // The last page is the last thread's: the threads given, not the comments planned.
  const busiest = await db.commentTally.findUniqueOrThrow({
    where: { articleId: firstStoryId + plan[0]!.story },
    select: { articleId: true, threads: true },
  });
  return {
    storySlug: landmark.slug,
    sectionSlug: landmark.section.slug,
    tagSlug: landmark.tags[0]?.tag.slug ?? tags[0]!.slug,
    bylineSlug: landmark.bylineSlug ?? "reporter-0",
    busiestStoryId: busiest.articleId,
    busiestLastPage: Math.ceil(busiest.threads / THREADS_PER_PAGE),
  };
}
