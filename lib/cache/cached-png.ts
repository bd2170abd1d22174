import "server-only";
import { unstable_cache } from "next/cache";

/**
 * A generated PNG from Next's data cache (on disk, or in Redis with REDIS_URL), stored under the
 * text it shows rather than under the address it was asked for: one entry per distinct image,
 * none for an address nobody should have asked for, and an edit makes a new entry, so nothing
 * has to be revalidated. A 1200×630 card takes 60–120 ms of CPU to render on two cores; a hit
 * is one cache read.
 */
export async function cachedPng(
  kind: string,
  shows: Record<string, string>,
  render: () => Promise<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  // The data cache keeps JSON, so the bytes travel as base64.
  const base64 = await unstable_cache(
    async () => Buffer.from(await render()).toString("base64"),
    [kind, JSON.stringify(shows)],
    { revalidate: false },
  )();
  return new Uint8Array(Buffer.from(base64, "base64"));
}
