// npm run db:backup -- FILE: a consistent backup of the live database DATABASE_URL names
// (SQLite: VACUUM INTO; PostgreSQL: pg_dump -Fc). The site keeps serving meanwhile.
import { loadDotEnv } from "./load-dot-env";

loadDotEnv();
const file = process.argv[2];
if (!file || process.argv.length > 3) {
  console.error("usage: npm run db:backup -- FILE");
  process.exit(2);
}
const { env } = await import("../lib/env");
const { backupDatabase } = await import("../lib/database/backup");
try {
  console.log(await backupDatabase(env.database, file));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
