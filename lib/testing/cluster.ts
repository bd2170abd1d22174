import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Redis } from "ioredis";
import { REVALIDATE_AGAIN_AFTER_MS } from "../cache/revalidate-again";

/**
 * The production shape on one machine, for e2e/scale-out.spec.ts and npm run bench: two app
 * instances, each serving its own copy of the build folder (as two machines would), sharing
 * one database (DATABASE_URL) and one Redis, behind Debian's nginx running deploy/nginx.conf itself.
 */
export type Cluster = {
  instances: [Instance, Instance];
  proxy: string;
  stop: () => Promise<void>;
};
export type Instance = { origin: string; process: ChildProcess; exited: Promise<number | null> };

const NGINX = "/usr/sbin/nginx";

/** A Redis database of its own, emptied first, so other runs' cache entries never answer. */
export const clusterRedisUrl = (() => {
  const url = new URL(process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379");
  url.pathname = "/7";
  return url.toString();
})();

/** Why this machine cannot run the cluster (no nginx, no Redis), or null. */
export async function clusterUnavailable(): Promise<string | null> {
  if (!existsSync(NGINX)) return "nginx is not installed (apt-get install nginx)";
  const redis = new Redis(clusterRedisUrl, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
  });
  try {
    await redis.connect();
    await redis.flushdb();
    return null;
  } catch {
    return `Redis does not answer at ${clusterRedisUrl}`;
  } finally {
    redis.disconnect();
  }
}

async function waitUntilReady(url: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${url} exited ${child.exitCode}:\n${log()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} was not ready within 60 s:\n${log()}`);
}

function startInstance(
  port: number,
  distDir: string,
  shared: Record<string, string | undefined>,
): Instance & { ready: Promise<void> } {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    env: { ...process.env, ...shared, PORT: String(port), HOSTNAME: "127.0.0.1", DATELINE_DIST_DIR: distDir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout!.on("data", (chunk: Buffer) => (log = (log + chunk.toString()).slice(-20_000)));
  child.stderr!.on("data", (chunk: Buffer) => (log = (log + chunk.toString()).slice(-20_000)));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const origin = `http://127.0.0.1:${port}`;
  return { origin, process: child, exited, ready: waitUntilReady(`${origin}/readyz`, child, () => log) };
}

/** deploy/nginx.conf with only what an operator changes: the upstream servers and the listen line. */
export function proxyConfig(upstreams: string[], listen: string): string {
  const shipped = readFileSync("deploy/nginx.conf", "utf8");
  const servers = upstreams
    .map((address) => `        server ${address} max_fails=2 fail_timeout=5s;`)
    .join("\n");
  const withServers = shipped.replace(
    /(upstream dateline \{\n(?:\s*#[^\n]*\n)*)((?:\s*#?\s*server [^\n]*\n)+)/,
    (_all, head: string) => `${head}${servers}\n`,
  );
  const result = withServers.replace(/listen 8080;/, `listen ${listen};`);
  if (result === shipped || !result.includes(servers) || !result.includes(`listen ${listen};`)) {
    throw new Error(
      "deploy/nginx.conf no longer has the upstream server lines or the listen line this test edits",
    );
  }
  return result;
}

export type ClusterOptions = {
  /** The build folder each instance gets a copy of. */
  distDir: string;
  /** Ports of instance A, instance B and nginx. */
  ports: { a: number; b: number; proxy: number };
  /** More environment for both instances (the database, the SMTP server…). */
  env?: Record<string, string | undefined>;
};

export async function startCluster({
  distDir: source,
  ports: clusterPorts,
  env = {},
}: ClusterOptions): Promise<Cluster> {
  const proxy = `http://127.0.0.1:${clusterPorts.proxy}`;
  // The caller's environment (its database, a revalidation secret it also uses) wins.
  const shared = {
    REDIS_URL: clusterRedisUrl,
    AUTH_SECRET: randomBytes(32).toString("hex"),
    FORM_SECRET: randomBytes(32).toString("hex"),
    REVALIDATE_SECRET: process.env.REVALIDATE_SECRET ?? randomBytes(24).toString("hex"),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    SITE_URL: proxy,
    TRUST_PROXY: "true",
    ...env,
  };
  const copies = [`${source}-a`, `${source}-b`];
  for (const copy of copies) cpSync(source, copy, { recursive: true });
  const a = startInstance(clusterPorts.a, copies[0]!, shared);
  const b = startInstance(clusterPorts.b, copies[1]!, shared);
  await Promise.all([a.ready, b.ready]);
  // Each instance revalidates everything at start and once more a few seconds later
  // (lib/cache/revalidate-again.ts); a page cached before that repeat is rightly a miss after it.
  await new Promise((resolve) => setTimeout(resolve, REVALIDATE_AGAIN_AFTER_MS + 500));

  const prefix = mkdtempSync(path.join(tmpdir(), "dateline-nginx-"));
  // nginx's workers drop root privileges; they write the cache and temp files under the prefix.
  chmodSync(prefix, 0o777);
  writeFileSync(
    path.join(prefix, "nginx.conf"),
    proxyConfig(
      [`127.0.0.1:${clusterPorts.a}`, `127.0.0.1:${clusterPorts.b}`],
      `127.0.0.1:${clusterPorts.proxy}`,
    ),
  );
  const nginx = spawn(
    NGINX,
    ["-p", `${prefix}/`, "-c", path.join(prefix, "nginx.conf"), "-g", "daemon off;"],
    {
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  await waitUntilReady(`${proxy}/healthz`, nginx, () => readFileSync(path.join(prefix, "error.log"), "utf8"));

  const stopChild = async (child: ChildProcess) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await gone;
  };
  return {
    instances: [a, b],
    proxy,
    stop: async () => {
      await Promise.all([stopChild(nginx), stopChild(a.process), stopChild(b.process)]);
      for (const dir of [...copies, prefix]) rmSync(dir, { recursive: true, force: true });
    },
  };
}
