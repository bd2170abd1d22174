// What synchronous=FULL costs a write on this disk: comment-sized inserts, each in its own
// interactive transaction as lib/comments/create-comment.ts makes them, timed under NORMAL and
// under FULL (alternating rounds, so both meet the same background load), through the app's
// Prisma client on a migrated SQLite file in the system's temporary folder.
// Usage: node --import tsx scripts/bench/sqlite-synchronous.ts [inserts per mode, default 2000]
import { performance } from "node:perf_hooks";
import { createTemporaryDatabase } from "../../lib/testing/temporary-database";
import { percentiles } from "./percentiles";

const perMode = Number(process.argv[2] ?? 2000);
const rounds = 4;
const modes = ["NORMAL", "FULL"] as const;

const temp = await createTemporaryDatabase("sqlite");
try {
  const section = await temp.db.section.create({ data: { slug: "bench", name: "Bench" } });
  const article = await temp.db.article.create({
    data: {
      slug: "bench",
      headline: "Bench",
      body: "Body",
      place: "Here",
      agency: "AFP",
      sectionId: section.id,
      updatedAt: new Date(),
    },
  });
  const times: Record<(typeof modes)[number], number[]> = { NORMAL: [], FULL: [] };
  let n = 0;
  for (let round = 0; round < rounds; round++) {
    for (const mode of modes) {
      await temp.db.$executeRawUnsafe(`PRAGMA synchronous = ${mode}`);
      for (let i = 0; i < perMode / rounds; i++) {
        const started = performance.now();
        await temp.db.$transaction(async (tx) => {
          await tx.comment.create({
            data: {
              articleId: article.id,
              authorName: "Ada",
              authorEmail: "ada@example.com",
              body: `A comment of about the usual length, number ${++n}. `.repeat(4),
              status: "approved",
              moderationReason: "bench",
              ip: "127.0.0.1",
              fingerprint: `bench-${n}`,
            },
          });
        });
        times[mode].push(performance.now() - started);
      }
    }
  }
  console.table(
    modes.map((mode) => {
      const { p50, p95, p99 } = percentiles(times[mode]);
      const total = times[mode].reduce((sum, t) => sum + t, 0);
      return {
        synchronous: mode,
        inserts: times[mode].length,
        "median ms": Number(p50.toFixed(2)),
        "p95 ms": Number(p95.toFixed(2)),
        "p99 ms": Number(p99.toFixed(2)),
        "inserts/s": Math.round((times[mode].length / total) * 1000),
      };
    }),
  );
} finally {
  await temp.drop();
}
