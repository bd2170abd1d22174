// Applies migrations and seeds demo content into an empty database (npm run dev, npm start).
import { loadDotEnv } from "./load-dot-env";

loadDotEnv();
const { env } = await import("../lib/env");
const { runMigrations } = await import("../lib/database/run-migrations");
const { createPrismaClient } = await import("../lib/database/create-client");
const { seedIfEmpty } = await import("../lib/import/seed-demo-content");
const { backfillCreditSlugs } = await import("../lib/articles/credit-slugs");

runMigrations(env.database, env.DATABASE_URL);
const db = createPrismaClient(env.database);
if (await seedIfEmpty(db)) console.log("seeded demo content into the empty database");
await backfillCreditSlugs(db);
await db.$disconnect();
