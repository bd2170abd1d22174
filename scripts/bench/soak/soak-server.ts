// One app instance for a soak scenario: scripts/serve.ts on its own copy of the build, which
// can be killed hard and started again on the same database.
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, rmSync } from "node:fs";
import path from "node:path";
import { waitFor } from "../static-server";

export type SoakServer = {
  origin: string;
  /** Starts the process (again) and resolves once /readyz answers 200. */
  start: () => Promise<void>;
  /** SIGKILL, as a crash or the OOM killer would end it: no drain, no shutdown code runs. */
  killHard: () => Promise<void>;
  /** SIGTERM (SIGKILL if it has not exited 15 s later), then the build copy is removed. */
  stop: () => Promise<void>;
  /** The last lines the process wrote, for a failure message. */
  log: () => string;
};

/** Every process a soak started, killed when the soak itself exits however it ends. */
const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once("exit", () => resolve()));

/**
 * Each scenario serves a fresh copy of the build: Next writes the pages it renders into its
 * build folder, and pages cached from another scenario's database must never answer.
 */
export function soakServer({
  build,
  port,
  env,
}: {
  build: string;
  port: number;
  env: Record<string, string>;
}): SoakServer {
  const distDir = `.next-soak-${port}`;
  rmSync(distDir, { recursive: true, force: true });
  // The compiler's own cache is only for building; the server never reads it.
  cpSync(build, distDir, {
    recursive: true,
    filter: (source) => !source.startsWith(path.join(build, "cache", "turbopack")),
  });
  const origin = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  let log = "";
  const keep = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-10_000));

  const start = async () => {
    log = "";
    const started = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
      env: {
        ...process.env,
        LOG_LEVEL: "warn",
        NEXT_TELEMETRY_DISABLED: "1",
        ...env,
        PORT: String(port),
        HOSTNAME: "127.0.0.1",
        SITE_URL: origin,
        DATELINE_DIST_DIR: distDir,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child = started;
    running.add(started);
    started.once("exit", () => running.delete(started));
    started.stdout!.on("data", keep);
    started.stderr!.on("data", keep);
    let settled = false;
    const died = exited(started).then(() => {
      if (!settled) throw new Error(`the server exited before it was ready:\n${log}`);
    });
    try {
      await Promise.race([waitFor(`${origin}/readyz`, 120_000), died]);
    } finally {
      settled = true;
    }
  };

  const killHard = async () => {
    if (!child) return;
    child.kill("SIGKILL");
    await exited(child);
  };

  const stop = async () => {
    if (child) {
      const last = child;
      last.kill("SIGTERM");
      const late = setTimeout(() => last.kill("SIGKILL"), 15_000);
      await exited(last);
      clearTimeout(late);
    }
    rmSync(distDir, { recursive: true, force: true });
  };

  return { origin, start, killHard, stop, log: () => log };
}
