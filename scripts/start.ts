// npm start: migrate, seed an empty database, build if there is no build, then serve.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { loadDotEnv } from "./load-dot-env";

loadDotEnv();
Object.assign(process.env, { NODE_ENV: "production" });
const { env } = await import("../lib/env");

execFileSync(process.execPath, ["--import", "tsx", "scripts/prepare.ts"], {
  stdio: "inherit",
});

const distDir = process.env.DATELINE_DIST_DIR || ".next";
if (!existsSync(path.join(distDir, "BUILD_ID"))) {
  console.log("no production build yet: building (about a minute)…");
  execFileSync(path.join("node_modules", ".bin", "next"), ["build"], { stdio: "inherit" });
}

const { runServer } = await import("../lib/server/run-server");
await runServer(env);
