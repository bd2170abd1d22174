import { createReadStream } from "node:fs";
import { mkdir, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";

/**
 * Where photographs live. Names are content hashes, so a file once written never changes:
 * `put` of an existing name is a no-op, and nothing is ever overwritten in place.
 */
export type MediaStore = {
  put: (name: string, bytes: Buffer) => Promise<void>;
  /** The file's bytes and size, or null when there is no such file. */
  open: (name: string) => Promise<{ stream: ReadableStream<Uint8Array>; size: number } | null>;
};

/** The local-disk store: one directory (MEDIA_DIR, by default data/media); nginx may serve it too. */
export function diskMediaStore(directory: string): MediaStore {
  return {
    async put(name, bytes) {
      await mkdir(directory, { recursive: true });
      const target = path.join(directory, name);
      if (await exists(target)) return;
      // Written aside, then renamed: a reader never gets half a file.
      const partial = `${target}.${process.pid}.${Date.now()}.part`;
      await writeFile(partial, bytes);
      await rename(partial, target);
    },
    async open(name) {
      const target = path.join(directory, name);
      try {
        const info = await stat(target);
        if (!info.isFile()) return null;
        const stream = Readable.toWeb(createReadStream(target)) as ReadableStream<Uint8Array>;
        return { stream, size: info.size };
      } catch {
        return null;
      }
    },
  };
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
