import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";

/**
 * Cached reader pages answered from this process's memory, in front of Next's request handler,
 * which spends about a millisecond of routing, cache lookup and ETag hashing on every hit.
 * Only what Next itself served from its page cache (`x-nextjs-cache`) to an anonymous GET is
 * kept, for at most `ttlMs`; anything that may have revalidated a page (a form post, the
 * revalidation route, a revalidation announced by another instance) empties it at once.
 * See docs/adr/0008-shared-page-cache.md.
 */
export type StoredResponse = { status: number; headers: OutgoingHttpHeaders; body: Buffer; storedAt: number };

/** The request headers Next varies a page on (its `Vary`), and the encoding it compressed for. */
const VARIANT_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
] as const;
const KNOWN_VARY = new Set<string>([...VARIANT_HEADERS, "accept-encoding"]);
const MAX_BODY_BYTES = 2 * 1024 * 1024;

export class ResponseCache {
  private readonly entries = new Map<string, StoredResponse>();
  private bytes = 0;
  /** Bumped by every clear: a response begun before it is never stored after it. */
  private generation = 0;

  constructor(
    private readonly ttlMs = 1000,
    private readonly maxBytes = 64 * 1024 * 1024,
    private readonly now: () => number = Date.now,
  ) {}

  /** The cache key of a request that may be answered from memory, or null. */
  keyFor(req: IncomingMessage): string | null {
    if (req.method !== "GET" || !req.url) return null;
    const h = req.headers;
    if (h["next-action"] || h["x-prerender-revalidate"] || h.authorization) return null;
    if (req.url.startsWith("/admin") || req.url.startsWith("/api/")) return null;
    // Next compresses as the client's Accept-Encoding allows (gzip, deflate, br), so each
    // distinct header is its own variant: browsers send a handful of them.
    const encoding = String(h["accept-encoding"] ?? "").slice(0, 100);
    return [req.url, encoding, ...VARIANT_HEADERS.map((name) => String(h[name] ?? ""))].join("\n");
  }

  /** Answers from memory when a fresh entry exists (a 304 for a matching If-None-Match). */
  serve(key: string, req: IncomingMessage, res: ServerResponse): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    if (this.now() - entry.storedAt > this.ttlMs) {
      this.remove(key, entry);
      return false;
    }
    const etag = entry.headers.etag;
    if (etag !== undefined && req.headers["if-none-match"] === etag) {
      const { "cache-control": cacheControl, vary } = entry.headers;
      res.writeHead(304, {
        etag,
        ...(cacheControl ? { "cache-control": cacheControl } : {}),
        ...(vary ? { vary } : {}),
      });
      res.end();
      return true;
    }
    res.writeHead(entry.status, entry.headers);
    res.end(entry.body);
    return true;
  }

  /**
   * Records what Next writes for this request and keeps it if it is a shareable cached page
   * and nothing was revalidated meanwhile.
   */
  record(key: string, res: ServerResponse): void {
    const startedIn = this.generation;
    const chunks: Buffer[] = [];
    let size = 0;
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    const keep = (chunk: unknown, encoding?: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === "function" || size > MAX_BODY_BYTES)
        return;
      const buffer = Buffer.isBuffer(chunk)
        ? chunk
        : Buffer.from(chunk as string, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
      chunks.push(buffer);
      size += buffer.length;
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0]);
      return write(chunk, ...rest);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0]);
      return end(chunk, ...rest);
    }) as typeof res.end;
    res.once("finish", () => {
      if (startedIn !== this.generation || size > MAX_BODY_BYTES) return;
      // The request id belongs to each request, not to the page.
      const headers = { ...res.getHeaders() };
      delete headers["x-request-id"];
      if (!isShareable(res.statusCode, headers)) return;
      // Whatever Next said of this render (MISS), every later answer is a hit.
      headers["x-nextjs-cache"] = "HIT";
      this.store(key, {
        status: res.statusCode,
        headers,
        body: Buffer.concat(chunks, size),
        storedAt: this.now(),
      });
    });
  }

  /** Forgets every entry, and any response still being recorded. */
  clear(): void {
    this.generation++;
    this.entries.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  private store(key: string, entry: StoredResponse): void {
    const previous = this.entries.get(key);
    if (previous) this.remove(key, previous);
    // Oldest first: a Map iterates in insertion order.
    for (const [oldKey, old] of this.entries) {
      if (this.bytes + entry.body.length <= this.maxBytes) break;
      this.remove(oldKey, old);
    }
    this.entries.set(key, entry);
    this.bytes += entry.body.length;
  }

  private remove(key: string, entry: StoredResponse): void {
    this.entries.delete(key);
    this.bytes -= entry.body.length;
  }
}

/** A 200 that Next served from its page cache, the same for every reader. */
export function isShareable(status: number, headers: OutgoingHttpHeaders): boolean {
  if (status !== 200 || headers["x-nextjs-cache"] === undefined || headers["set-cookie"] !== undefined)
    return false;
  if (/private|no-store|no-cache/i.test(String(headers["cache-control"] ?? ""))) return false;
  const vary = String(headers.vary ?? "")
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  return vary.every((name) => KNOWN_VARY.has(name));
}
