// @ts-check
// Next's cacheHandler (next.config.ts, with REDIS_URL): one page cache in Redis for every
// instance. Plain JavaScript because Next imports it by path, outside its bundle and without tsx.
// See docs/adr/0008-shared-page-cache.md.
import { readFileSync } from "node:fs";
import path from "node:path";
import Redis from "ioredis";

/** Channel on which every revalidation is announced, so each instance drops its response cache. */
export const REVALIDATED_CHANNEL = "dateline:revalidated";

/** An entry nobody asked for in a day leaves Redis; the next reader renders it again. */
const ENTRY_TTL_SECONDS = 24 * 60 * 60;

/** @type {Redis | undefined} */
let client;
function redis() {
  if (!client) {
    client = new Redis(/** @type {string} */ (process.env.REDIS_URL), {
      // A store that does not answer is a cache miss, never a hung page.
      enableOfflineQueue: false,
      commandTimeout: 1000,
      maxRetriesPerRequest: 1,
    });
    // Failures are answered per command (a miss, or a logged revalidation); the event is noise.
    client.on("error", () => {});
  }
  return client;
}

/** Set once the first connection was made or given up on: from then on, no command waits. */
let startupOver = false;

/**
 * The client, waiting up to 2 s for its first connection (pages rendered and revalidations made
 * just after a start must not be dropped); during a later outage commands fail at once.
 */
async function connected() {
  const redisClient = redis();
  if (redisClient.status === "ready" || startupOver) {
    startupOver = true;
    return redisClient;
  }
  await new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      startupOver = true;
      resolve(undefined);
    };
    const timer = setTimeout(done, 2000);
    redisClient.once("ready", done);
  });
  return redisClient;
}

/** Entries of one build are never read by another: their RSC payloads name its files. */
let namespace = "";
function keyPrefix(/** @type {string | undefined} */ serverDistDir) {
  if (!namespace) {
    let buildId = "dev";
    try {
      buildId = readFileSync(path.join(serverDistDir ?? ".next/server", "..", "BUILD_ID"), "utf8").trim();
    } catch {}
    namespace = `dateline:${buildId}:`;
  }
  return namespace;
}
const TAGS_KEY = "dateline:tag-revalidated-at";

// Entries hold Buffers (rscData, route bodies) and Maps (segmentData), which JSON drops.
/** @param {string} key @param {unknown} value @this {any} */
function replacer(key, value) {
  const raw = this[key];
  if (Buffer.isBuffer(raw)) return { $buffer: raw.toString("base64") };
  if (raw instanceof Map) return { $map: [...raw] };
  return value;
}
/** @param {string} _key @param {any} value */
function reviver(_key, value) {
  if (value && typeof value === "object") {
    if (typeof value.$buffer === "string") return Buffer.from(value.$buffer, "base64");
    if (Array.isArray(value.$map)) return new Map(value.$map);
  }
  return value;
}

/** The tags a stored page or route response carries (implicit path tags included). */
function tagsOf(/** @type {any} */ value, /** @type {string[] | undefined} */ fetchTags) {
  const header = value?.headers?.["x-next-cache-tags"];
  const tags = typeof header === "string" ? header.split(",") : [];
  return [...tags, ...(fetchTags ?? [])].filter(Boolean);
}

export default class RedisCacheHandler {
  /** @param {{ serverDistDir?: string }} options */
  constructor(options) {
    this.prefix = keyPrefix(options?.serverDistDir);
  }

  /** @param {string} key @param {{ tags?: string[], softTags?: string[] }} [ctx] */
  async get(key, ctx) {
    try {
      const raw = await redis().get(this.prefix + key);
      if (!raw) return null;
      const entry = JSON.parse(raw, reviver);
      const tags = [...entry.tags, ...(ctx?.softTags ?? [])];
      if (tags.length > 0) {
        const revalidatedAt = await redis().hmget(TAGS_KEY, ...tags);
        // revalidatePath/revalidateTag on any instance after this entry was made: render again.
        if (revalidatedAt.some((at) => at !== null && Number(at) > entry.lastModified)) return null;
      }
      return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
    } catch {
      return null;
    }
  }

  /** @param {string} key @param {any} data @param {{ tags?: string[], cacheControl?: unknown }} [ctx] */
  async set(key, data, ctx) {
    try {
      const entry = {
        lastModified: Date.now(),
        value: data,
        tags: tagsOf(data, ctx?.tags),
        cacheControl: ctx?.cacheControl,
      };
      // Waits for the connection, so the first pages rendered after a start are kept too.
      await (
        await connected()
      ).set(this.prefix + key, JSON.stringify(entry, replacer), "EX", ENTRY_TTL_SECONDS);
    } catch {
      // Not stored: the next reader renders the page again.
    }
  }

  /**
   * Every revalidation is immediate (revalidatePath): an entry older than its tag's time is a
   * miss on every instance, and each instance's response cache is told to let go.
   * @param {string | string[]} tags
   */
  async revalidateTag(tags) {
    const list = Array.isArray(tags) ? tags : [tags];
    if (list.length === 0) return;
    const now = String(Date.now());
    try {
      await (
        await connected()
      )
        .multi()
        .hset(TAGS_KEY, Object.fromEntries(list.map((tag) => [tag, now])))
        .publish(REVALIDATED_CHANNEL, now)
        .exec();
    } catch (error) {
      console.error("shared cache: revalidation not stored", error);
    }
  }

  resetRequestCache() {}
}
