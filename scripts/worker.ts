// npm run worker: delivers the email outbox on its own, without the web server.
import { loadDotEnv } from "./load-dot-env";

loadDotEnv();
const { env } = await import("../lib/env");
const { startDelivery } = await import("../lib/email/start-delivery");

const worker = startDelivery(env, { force: true });
if (!worker) process.exit(1);
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => void worker.stop().then(() => process.exit(0)));
}
