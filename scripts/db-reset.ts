// npm run db:reset -- --yes: deletes every story and setting, re-applies migrations and seeds demo content.
import { rmSync } from "node:fs";
import pg from "pg";
import { loadDotEnv } from "./load-dot-env";

loadDotEnv();
const { env } = await import("../lib/env");
if (!process.argv.includes("--yes")) {
  console.error(
    `This deletes all data in the ${env.database.provider} database. Run: npm run db:reset -- --yes`,
  );
  process.exit(2);
}
if (env.database.provider === "sqlite") {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(env.database.file + suffix, { force: true });
} else {
  const client = new pg.Client({ connectionString: env.database.url });
  await client.connect();
  await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
  await client.end();
}
const { runMigrations } = await import("../lib/database/run-migrations");
const { createPrismaClient } = await import("../lib/database/create-client");
const { seedDemoContent } = await import("../lib/import/seed-demo-content");
runMigrations(env.database, env.DATABASE_URL);
const db = createPrismaClient(env.database);
await seedDemoContent(db);
await db.$disconnect();
console.log(`database reset and seeded (${env.database.provider})`);
