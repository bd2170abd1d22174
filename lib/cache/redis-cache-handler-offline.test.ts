import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The handler keeps one client per module; this file has its own module, pointed at a closed port.
type CacheHandler = {
  get(key: string, ctx?: { softTags?: string[] }): Promise<unknown>;
  set(key: string, data: unknown, ctx?: { tags?: string[] }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
};
type HandlerModule = { default: new (options: { serverDistDir?: string }) => CacheHandler };

const page = { kind: "APP_PAGE", html: "<p>x</p>", rscData: Buffer.from("rsc"), headers: {}, status: 200 };

describe("RedisCacheHandler when Redis does not answer", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "dateline-cache-offline-"));
  const previousRedisUrl = process.env.REDIS_URL;
  let handler: CacheHandler;

  beforeAll(async () => {
    writeFileSync(path.join(dir, "BUILD_ID"), "test-build");
    process.env.REDIS_URL = "redis://127.0.0.1:1";
    const mod = (await import("./redis-cache-handler.mjs")) as unknown as HandlerModule;
    handler = new mod.default({ serverDistDir: path.join(dir, "server") });
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    if (previousRedisUrl === undefined) delete process.env.REDIS_URL;
    else process.env.REDIS_URL = previousRedisUrl;
  });

  it("misses at once instead of waiting for the store", async () => {
    const started = performance.now();

    const entry = await handler.get("/world");

    expect(entry).toBeNull();
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it("waits up to two seconds for a first connection before a write, then drops it without throwing", async () => {
    const started = performance.now();

    const result = await handler.set("/world", page, { tags: ["_N_T_/world"] });

    const elapsed = performance.now() - started;
    expect(result).toBeUndefined();
    expect(elapsed).toBeGreaterThanOrEqual(1900);
    expect(elapsed).toBeLessThan(4000);
  });

  it("once start-up is over, gives up on writes and revalidations at once, and logs the lost revalidation", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const started = performance.now();

    try {
      await handler.set("/world", page, { tags: ["_N_T_/world"] });
      await handler.revalidateTag("_N_T_/world");

      expect(performance.now() - started).toBeLessThan(1500);
      expect(logged).toHaveBeenCalledWith("shared cache: revalidation not stored", expect.any(Error));
    } finally {
      logged.mockRestore();
    }
  });
});
