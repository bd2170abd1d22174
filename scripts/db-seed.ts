// Imports the demo stories in prisma/seed (idempotent).
import { loadDotEnv } from "./load-dot-env";

loadDotEnv();
const { env } = await import("../lib/env");
const { createPrismaClient } = await import("../lib/database/create-client");
const { seedDemoContent } = await import("../lib/import/seed-demo-content");

const db = createPrismaClient(env.database);
const counts = await seedDemoContent(db);
await db.$disconnect();
console.log(
  `demo content: ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged`,
);
