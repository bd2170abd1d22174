// The production shape on this machine (npm run bench): PostgreSQL and Redis, two instances
// with their own build copies, deploy/nginx.conf in front. Loads the origin with the shared
// Redis cache and the proxy, and times how soon a change made on instance A reaches readers
// of instance B and of the proxy.
import { randomBytes } from "node:crypto";
import { clusterUnavailable, startCluster } from "../../lib/testing/cluster";
import { createTemporaryDatabase, postgresAnswers } from "../../lib/testing/temporary-database";
import { benchFreshness, type FreshnessRow } from "./freshness";
import { loadUrl, type LoadResult } from "./load";

export type ScaleOutResult = { rows: Array<[string, LoadResult]>; freshness: FreshnessRow[] };

export async function benchScaleOut(
  distDir: string,
  articlePath: string,
  {
    seconds,
    connections,
    port,
    prepare,
  }: {
    seconds: number;
    connections: number;
    port: number;
    prepare: (env: Record<string, string>) => Promise<void>;
  },
): Promise<ScaleOutResult | string> {
  const missing = (await postgresAnswers()) ? await clusterUnavailable() : "PostgreSQL does not answer";
  if (missing) return missing;
  const temp = await createTemporaryDatabase("postgresql");
  await temp.db.$disconnect();
  const secret = randomBytes(24).toString("hex");
  const env = { DATABASE_URL: temp.url, REVALIDATE_SECRET: secret, LOG_LEVEL: "warn" };
  await prepare(env);
  const cluster = await startCluster({ distDir, ports: { a: port, b: port + 1, proxy: port + 2 }, env });
  const [a, b] = cluster.instances.map((instance) => instance.origin) as [string, string];
  try {
    for (const path of [articlePath, "/"]) {
      for (const origin of [a, b, cluster.proxy]) await fetch(`${origin}${path}`);
    }
    const rows: Array<[string, LoadResult]> = [];
    rows.push([
      "article, one instance, Redis cache",
      await loadUrl(`${a}${articlePath}`, { connections, seconds }),
    ]);
    rows.push(["front page, one instance, Redis cache", await loadUrl(`${a}/`, { connections, seconds })]);
    rows.push([
      "article through deploy/nginx.conf",
      await loadUrl(`${cluster.proxy}${articlePath}`, { connections, seconds }),
    ]);
    rows.push([
      "front page through deploy/nginx.conf",
      await loadUrl(`${cluster.proxy}/`, { connections, seconds }),
    ]);
    const freshness = [
      ...(await benchFreshness(a, {
        databaseUrl: temp.url,
        secret,
        connections,
        readerOrigin: b,
        rounds: 5,
        label: " (written on A, read on B)",
      })),
      ...(await benchFreshness(a, {
        databaseUrl: temp.url,
        secret,
        connections,
        readerOrigin: cluster.proxy,
        rounds: 5,
        label: " (through nginx)",
      })),
    ];
    return { rows, freshness };
  } finally {
    await cluster.stop();
    await temp.drop();
  }
}
