// npm run import -- FILE…  Imports story files (see README: "Importing stories").
import { loadDotEnv } from "./load-dot-env";

loadDotEnv();
const { env } = await import("../lib/env");
const { createPrismaClient } = await import("../lib/database/create-client");
const { importStoryFiles, describeFailure } = await import("../lib/import/import-story-files");
const { requestRevalidation } = await import("../lib/cache/request-revalidation");
const { diskMediaStore } = await import("../lib/media/media-store");
const path = await import("node:path");

const files = process.argv.slice(2).filter((arg) => arg !== "--");
if (files.length === 0) {
  console.error("usage: npm run import -- FILE [FILE…]");
  process.exit(2);
}

const db = createPrismaClient(env.database);
// Stories stored before credit slugs existed would otherwise look changed to the importer.
await (await import("../lib/articles/credit-slugs")).backfillCreditSlugs(db);
const counts = { created: 0, updated: 0, unchanged: 0, failed: 0 };
const interactive = process.stderr.isTTY && files.length > 1;
const { paths } = await importStoryFiles(
  db,
  files,
  (outcome, index) => {
    const progress = `[${index + 1}/${files.length}]`;
    if (outcome.ok) {
      counts[outcome.result]++;
      if (interactive) process.stderr.write(`\r${progress} ${outcome.result} ${outcome.slug}\x1b[K`);
      else console.log(`${progress} ${outcome.result} ${outcome.slug}`);
    } else {
      counts.failed++;
      if (interactive) process.stderr.write("\r\x1b[K");
      console.error(`${progress} error ${describeFailure(outcome)}`);
    }
  },
  diskMediaStore(path.resolve(env.MEDIA_DIR)),
);
if (interactive) process.stderr.write("\n");
await db.$disconnect();

console.log(
  `${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.failed} failed`,
);
console.log(await requestRevalidation(env.siteUrl, env.REVALIDATE_SECRET, paths));
process.exit(counts.failed > 0 ? 1 : 0);
