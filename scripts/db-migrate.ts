// Applies the committed migrations to the database DATABASE_URL names (SQLite by default).
import { runMigrations } from "../lib/database/run-migrations";
import { loadDotEnv } from "./load-dot-env";

loadDotEnv();
const { env } = await import("../lib/env");
runMigrations(env.database, env.DATABASE_URL);
console.log(`migrations applied (${env.database.provider})`);
