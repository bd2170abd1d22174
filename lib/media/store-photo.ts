import type { MediaStore } from "./media-store";
import { mediaFileName } from "./media-name";
import { processPhoto } from "./process-photo";

/** An image as a photograph's row keeps it: the renditions' hash, widths and full size. */
export type StoredImage = { hash: string; widths: string; width: number; height: number };

/**
 * Checks and re-encodes an upload (processPhoto refuses what is not a photograph) and writes
 * every rendition before any row names them, so a page never names a missing file.
 */
export async function storePhoto(store: MediaStore, upload: Buffer): Promise<StoredImage> {
  const processed = await processPhoto(upload);
  for (const rendition of processed.renditions) {
    await store.put(mediaFileName(processed.hash, rendition.width, rendition.format), rendition.bytes);
  }
  const { hash, width, height } = processed;
  return { hash, widths: processed.widths.join(","), width, height };
}
