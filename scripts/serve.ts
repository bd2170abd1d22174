// Serves an existing production build without migrating or building (tests, process managers).
import { loadDotEnv } from "./load-dot-env";

loadDotEnv();
Object.assign(process.env, { NODE_ENV: "production" });
const { env } = await import("../lib/env");
const { startHttpServer } = await import("../lib/server/http-server");
const { startBackgroundWork } = await import("../lib/server/start-background-work");
const running = await startHttpServer({
  port: env.PORT,
  hostname: env.HOSTNAME,
  trustProxy: env.TRUST_PROXY === "true",
});
console.log(`serving on port ${env.PORT} (${env.database.provider})`);
startBackgroundWork(env, running);
