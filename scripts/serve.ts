// Serves an existing production build without migrating or building (tests, process managers).
import { loadDotEnv } from "./load-dot-env";

loadDotEnv();
Object.assign(process.env, { NODE_ENV: "production" });
const { env } = await import("../lib/env");
const { runServer } = await import("../lib/server/run-server");
await runServer(env);
