import { createHash } from "node:crypto";
import sharp, { type Metadata } from "sharp";
import { Refusal } from "../errors";

/** The largest upload read: a camera's full-size JPEG fits, a video does not. */
export const PHOTO_MAX_BYTES = 15 * 1024 * 1024;
/** Against decompression bombs: a few kilobytes of PNG can claim gigapixels. */
export const PHOTO_MAX_PIXELS = 50_000_000;
/** The widths offered to browsers; none wider than the upload (never upscaled). */
export const PHOTO_WIDTHS = [480, 800, 1200, 1600] as const;
export const PHOTO_FORMATS = ["avif", "webp", "jpg"] as const;
export type PhotoFormat = (typeof PHOTO_FORMATS)[number];

const ACCEPTED = new Set(["jpeg", "png", "webp", "heif"]);

export type Rendition = { width: number; format: PhotoFormat; bytes: Buffer };
export type ProcessedPhoto = {
  /** Of the uploaded bytes: the same upload gives the same names, so files can be cached forever. */
  hash: string;
  widths: number[];
  /** Of the widest rendition, after rotation. */
  width: number;
  height: number;
  renditions: Rendition[];
};

/**
 * Reads an upload by its content (never its name or declared type), refuses what is not a
 * photograph or is too big, and re-encodes it as AVIF, WebP and JPEG at the widths that fit.
 * Re-encoding drops every piece of metadata (EXIF, GPS, the camera's serial), as sharp does
 * unless asked to keep it; the orientation is applied to the pixels first.
 */
export async function processPhoto(upload: Buffer): Promise<ProcessedPhoto> {
  if (upload.length === 0) throw new Refusal("photo-missing");
  if (upload.length > PHOTO_MAX_BYTES) throw new Refusal("photo-too-large");
  const image = () => sharp(upload, { limitInputPixels: PHOTO_MAX_PIXELS, failOn: "error" });
  let meta: Metadata;
  try {
    // The header only (nothing decoded yet), read without the limit so a bomb is named as one.
    meta = await sharp(upload, { limitInputPixels: false }).metadata();
  } catch {
    throw new Refusal("photo-unreadable");
  }
  // HEIF is sharp's name for AVIF's container; HEIC (iPhones) is HEIF with HEVC, not built in.
  const isAvif = meta.format !== "heif" || meta.compression === "av1";
  if (!meta.format || !ACCEPTED.has(meta.format) || !isAvif || !meta.width || !meta.height) {
    throw new Refusal("photo-unreadable");
  }
  if (meta.width * meta.height > PHOTO_MAX_PIXELS) throw new Refusal("photo-too-many-pixels");
  const rotated = (meta.orientation ?? 1) >= 5;
  const [fullWidth, fullHeight] = rotated ? [meta.height, meta.width] : [meta.width, meta.height];
  const fitting = PHOTO_WIDTHS.filter((width) => width < fullWidth);
  const widest = Math.min(fullWidth, Math.max(...PHOTO_WIDTHS));
  const widths = [...new Set([...fitting.filter((width) => width < widest), widest])];
  try {
    const renditions: Rendition[] = [];
    for (const width of widths) {
      const resized = image().rotate().resize({ width, withoutEnlargement: true });
      renditions.push(
        { width, format: "avif", bytes: await resized.clone().avif({ quality: 55, effort: 2 }).toBuffer() },
        { width, format: "webp", bytes: await resized.clone().webp({ quality: 78 }).toBuffer() },
        {
          width,
          format: "jpg",
          bytes: await resized.clone().jpeg({ quality: 80, mozjpeg: true }).toBuffer(),
        },
      );
    }
    return {
      hash: createHash("sha256").update(upload).digest("hex").slice(0, 32),
      widths,
      width: widest,
      height: Math.round((fullHeight * widest) / fullWidth),
      renditions,
    };
  } catch {
    // A header that reads but pixels that do not (a truncated file).
    throw new Refusal("photo-unreadable");
  }
}
