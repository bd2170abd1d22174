// A story's comment pages at 100 and at 10,000 comments (threads five levels deep), on SQLite
// and PostgreSQL: the median time of listComments for the first and the last page, and the ratio.
// Issue 15 asks that the second not notice the count. Alone:
//   node --conditions=react-server --import tsx scripts/bench/comment-pages.ts
import { listComments } from "../../lib/comments/list-comments";
import { THREADS_PER_PAGE } from "../../lib/comments/comment-view";
import type { Database } from "../../lib/database/create-client";
import { createTemporaryDatabase, postgresAnswers } from "../../lib/testing/temporary-database";

const RUNS = 15;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** A story with this many threads, each a chain of five comments. */
async function storyWithThreads(db: Database, slug: string, threads: number): Promise<number> {
  const section = await db.section.upsert({
    where: { slug: "bench" },
    update: {},
    create: { slug: "bench", name: "Bench", position: 0 },
  });
  const story = await db.article.create({
    data: {
      slug,
      headline: slug,
      place: "Kiel",
      agency: "DPA",
      updatedAt: new Date(),
      body: "Text.",
      status: "published",
      publishedAt: new Date(),
      sectionId: section.id,
    },
  });
  const base = Date.UTC(2026, 0, 1);
  for (let thread = 0; thread < threads; thread++) {
    let parentId: number | null = null;
    for (let depth = 1; depth <= 5; depth++) {
      const comment: { id: number } = await db.comment.create({
        data: {
          articleId: story.id,
          parentId,
          depth,
          authorName: "A",
          authorEmail: "a@example.com",
          body: "A comment of a sentence or two, as most are.",
          status: "approved",
          moderationReason: "bench",
          ip: "192.0.2.1",
          fingerprint: `${slug}-${thread}-${depth}`,
          createdAt: new Date(base + thread * 10_000 + depth),
        },
      });
      parentId = comment.id;
    }
  }
  return story.id;
}

async function timePage(db: Database, storyId: number, page: number) {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    await listComments(db, storyId, page);
    times.push(performance.now() - start);
  }
  return median(times);
}

const rows = [];
for (const provider of ["sqlite", ...((await postgresAnswers()) ? ["postgresql" as const] : [])] as const) {
  const temp = await createTemporaryDatabase(provider);
  try {
    const small = await storyWithThreads(temp.db, "hundred-comments", 20);
    const large = await storyWithThreads(temp.db, "ten-thousand-comments", 2_000);
    for (const [label, page] of [
      ["first page", 1],
      ["last page", 2_000 / THREADS_PER_PAGE],
    ] as const) {
      const at100 = await timePage(temp.db, small, 1);
      const at10k = await timePage(temp.db, large, page);
      rows.push({
        database: provider,
        page: label,
        "100 comments ms": +at100.toFixed(1),
        "10,000 comments ms": +at10k.toFixed(1),
        ratio: +(at10k / at100).toFixed(2),
      });
    }
  } finally {
    await temp.drop();
  }
}
console.table(rows);
