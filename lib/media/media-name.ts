import type { PhotoFormat } from "./process-photo";

/** A rendition's public file name: `<hash>-<width>.<format>`. */
export function mediaFileName(hash: string, width: number, format: PhotoFormat): string {
  return `${hash}-${width}.${format}`;
}

const NAME = /^([0-9a-f]{32})-([1-9][0-9]{1,4})\.(avif|webp|jpg)$/;

export const mediaContentTypes: Record<PhotoFormat, string> = {
  avif: "image/avif",
  webp: "image/webp",
  jpg: "image/jpeg",
};

/** A requested name, only if it is one we could have written: nothing else reaches the disk. */
export function parseMediaFileName(name: string): { name: string; contentType: string } | null {
  const match = NAME.exec(name);
  if (!match) return null;
  return { name, contentType: mediaContentTypes[match[3] as PhotoFormat] };
}

/** The public address of a rendition. */
export function mediaPath(hash: string, width: number, format: PhotoFormat): string {
  return `/media/${mediaFileName(hash, width, format)}`;
}
