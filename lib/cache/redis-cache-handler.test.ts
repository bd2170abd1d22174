import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { redisAnswers, testRedisUrl } from "../testing/redis-answers";

const redisUrl = testRedisUrl;

/** Next's cacheHandler interface, as far as these tests use it (the .d.mts types the class as unknown). */
type CacheHandler = {
  get(
    key: string,
    ctx?: { tags?: string[]; softTags?: string[] },
  ): Promise<{ lastModified: number; value: unknown; cacheControl: unknown } | null>;
  set(key: string, data: unknown, ctx?: { tags?: string[]; cacheControl?: unknown }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
};
type HandlerModule = {
  default: new (options: { serverDistDir?: string }) => CacheHandler;
  REVALIDATED_CHANNEL: string;
};

/** A folder like Next's distDir: BUILD_ID beside server/. */
function buildFolder(buildId: string): { serverDistDir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), "dateline-cache-"));
  writeFileSync(path.join(dir, "BUILD_ID"), `${buildId}\n`);
  return {
    serverDistDir: path.join(dir, "server"),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

const run = randomBytes(6).toString("hex");
const buildId = `test-build-${run}`;
const tag = (name: string) => `_N_T_/t-${run}-${name}`;
const key = (name: string) => `/test-${run}/${name}`;

function appPage(pageTag: string) {
  return {
    kind: "APP_PAGE",
    html: "<p>x</p>",
    rscData: Buffer.from("rsc"),
    segmentData: new Map([["/a", Buffer.from("seg")]]),
    headers: { "x-next-cache-tags": `_N_T_/layout,${pageTag}` },
    status: 200,
  };
}

/** Revalidation times are milliseconds; a set and a revalidation in the same one count the set as newer. */
const nextMillisecond = () => sleep(3);

const redisUp = await redisAnswers();

describe.skipIf(!redisUp)("RedisCacheHandler with Redis", () => {
  const folder = buildFolder(buildId);
  const usedTags: string[] = [];
  let mod: HandlerModule;
  let here: CacheHandler;
  let there: CacheHandler;
  let probe: Redis;
  const previousRedisUrl = process.env.REDIS_URL;

  beforeAll(async () => {
    process.env.REDIS_URL = redisUrl;
    mod = (await import("./redis-cache-handler.mjs")) as unknown as HandlerModule;
    here = new mod.default({ serverDistDir: folder.serverDistDir });
    there = new mod.default({ serverDistDir: folder.serverDistDir });
    probe = new Redis(redisUrl);
    // The handler's client connects on first use and drops writes until it is ready;
    // a revalidation waits for it, so afterwards every call reaches Redis.
    usedTags.push(tag("warm-up"));
    await here.revalidateTag(tag("warm-up"));
  });

  afterAll(async () => {
    const keys = await probe.keys(`dateline:${buildId}:*`);
    if (keys.length > 0) await probe.del(...keys);
    if (usedTags.length > 0) await probe.hdel("dateline:tag-revalidated-at", ...usedTags);
    await probe.quit();
    folder.remove();
    if (previousRedisUrl === undefined) delete process.env.REDIS_URL;
    else process.env.REDIS_URL = previousRedisUrl;
  });

  it("gives a page set on one instance to another, with its Buffers and Map intact", async () => {
    const pageTag = tag("shared");
    usedTags.push(pageTag);
    await here.set(key("shared"), appPage(pageTag), { cacheControl: { revalidate: 300, expire: 600 } });

    const entry = await there.get(key("shared"), { softTags: ["_N_T_/layout"] });

    expect(entry).not.toBeNull();
    const value = entry!.value as ReturnType<typeof appPage>;
    expect(value.kind).toBe("APP_PAGE");
    expect(value.html).toBe("<p>x</p>");
    expect(value.status).toBe(200);
    expect(value.headers).toEqual({ "x-next-cache-tags": `_N_T_/layout,${pageTag}` });
    expect(Buffer.isBuffer(value.rscData)).toBe(true);
    expect(value.rscData.toString()).toBe("rsc");
    expect(value.segmentData).toBeInstanceOf(Map);
    expect([...value.segmentData.keys()]).toEqual(["/a"]);
    expect(Buffer.isBuffer(value.segmentData.get("/a"))).toBe(true);
    expect(value.segmentData.get("/a")!.toString()).toBe("seg");
    expect(entry!.cacheControl).toEqual({ revalidate: 300, expire: 600 });
    expect(entry!.lastModified).toBeLessThanOrEqual(Date.now());
  });

  it("keeps the entries of a build apart under its BUILD_ID", async () => {
    await here.set(key("namespaced"), appPage(tag("namespaced")));

    const stored = await probe.get(`dateline:${buildId}:${key("namespaced")}`);

    expect(stored).not.toBeNull();
  });

  it("misses a page on every instance once one of its tags is revalidated on another", async () => {
    const pageTag = tag("revalidated");
    usedTags.push(pageTag);
    await here.set(key("revalidated"), appPage(pageTag));
    expect(await there.get(key("revalidated"))).not.toBeNull();
    await nextMillisecond();

    await here.revalidateTag(pageTag);

    expect(await there.get(key("revalidated"))).toBeNull();
    expect(await here.get(key("revalidated"))).toBeNull();
  });

  it("misses a page when a soft tag Next passes with the request is revalidated", async () => {
    const pathTag = tag("soft-path");
    usedTags.push(pathTag);
    await here.set(key("soft"), appPage(tag("soft-own")));
    await nextMillisecond();

    await there.revalidateTag([pathTag]);

    expect(await here.get(key("soft"))).not.toBeNull();
    expect(await here.get(key("soft"), { softTags: [pathTag] })).toBeNull();
  });

  it("serves a page set after its tag was revalidated", async () => {
    const pageTag = tag("set-after");
    usedTags.push(pageTag);
    await here.set(key("set-after"), appPage(pageTag));
    await nextMillisecond();
    await there.revalidateTag(pageTag);
    await nextMillisecond();

    await here.set(key("set-after"), { ...appPage(pageTag), html: "<p>again</p>" });
    const entry = await there.get(key("set-after"));

    expect((entry?.value as { html?: string } | undefined)?.html).toBe("<p>again</p>");
  });

  it("keeps a page when an unrelated tag is revalidated", async () => {
    const pageTag = tag("kept");
    const otherTag = tag("unrelated");
    usedTags.push(pageTag, otherTag);
    await here.set(key("kept"), appPage(pageTag));
    await nextMillisecond();

    await there.revalidateTag(otherTag);

    expect(await here.get(key("kept"))).not.toBeNull();
  });

  it("announces a revalidation on REVALIDATED_CHANNEL", async () => {
    const subscriber = new Redis(redisUrl);
    try {
      await subscriber.subscribe(mod.REVALIDATED_CHANNEL);
      const before = Date.now();
      const announced = new Promise<number>((resolve) => {
        subscriber.on("message", (channel: string, message: string) => {
          // Other test runs may share this Redis: wait for an announcement made during ours.
          if (channel === mod.REVALIDATED_CHANNEL && Number(message) >= before) resolve(Number(message));
        });
      });
      const pageTag = tag("announced");
      usedTags.push(pageTag);

      await here.revalidateTag(pageTag);
      const at = await Promise.race([announced, sleep(2000).then(() => null)]);

      expect(at).not.toBeNull();
      expect(at!).toBeLessThanOrEqual(Date.now());
    } finally {
      await subscriber.quit();
    }
  });

  it("misses a key nobody set", async () => {
    expect(await there.get(key("never-set"))).toBeNull();
  });

  // Bug: redis() runs `client.on("error", () => {})` on every call, not only when it makes the
  // client, so each get, set and revalidation adds a listener that is never removed: memory grows
  // with traffic, and Node warns (MaxListenersExceededWarning) after the eleventh call.
  it("adds no error listener to its Redis client per call", async () => {
    const getSpy = vi.spyOn(Redis.prototype, "get");
    try {
      await here.get(key("listeners"));
      const client = getSpy.mock.contexts[0] as Redis;
      const before = client.listenerCount("error");

      for (let i = 0; i < 20; i++) await here.get(key("listeners"));

      expect(client.listenerCount("error")).toBe(before);
    } finally {
      getSpy.mockRestore();
    }
  });

  it("does not let another build read this build's entries", async () => {
    const pageTag = tag("other-build");
    usedTags.push(pageTag);
    await here.set(key("other-build"), appPage(pageTag));
    const otherFolder = buildFolder(`${buildId}-next`);
    try {
      vi.resetModules();
      const other = (await import("./redis-cache-handler.mjs")) as unknown as HandlerModule;
      const otherBuild = new other.default({ serverDistDir: otherFolder.serverDistDir });
      await otherBuild.revalidateTag(tag("other-build-warm-up"));
      usedTags.push(tag("other-build-warm-up"));

      const entry = await otherBuild.get(key("other-build"));

      expect(entry).toBeNull();
      expect(await there.get(key("other-build"))).not.toBeNull();
    } finally {
      otherFolder.remove();
    }
  });
});
