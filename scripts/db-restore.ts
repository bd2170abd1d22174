// npm run db:restore -- FILE [--force]: restores a backup made by db:backup into the database
// DATABASE_URL names, which must be empty unless --force is given. Stop the site first.
import { parseArgs } from "node:util";
import { loadDotEnv } from "./load-dot-env";

loadDotEnv();
const usage = () => {
  console.error("usage: npm run db:restore -- FILE [--force]");
  process.exit(2);
};
let args: { values: { force?: boolean }; positionals: string[] } = { values: {}, positionals: [] };
try {
  args = parseArgs({ options: { force: { type: "boolean" } }, allowPositionals: true });
} catch {
  usage();
}
const { values, positionals } = args;
if (positionals.length !== 1) usage();
const { env } = await import("../lib/env");
const { restoreDatabase } = await import("../lib/database/backup");
try {
  console.log(await restoreDatabase(env.database, positionals[0]!, { force: values.force }));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
