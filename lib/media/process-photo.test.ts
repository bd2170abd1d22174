import sharp, { type Sharp } from "sharp";
import { describe, expect, it } from "vitest";
import { Refusal } from "../errors";
import { PHOTO_MAX_BYTES, processPhoto } from "./process-photo";

const photo = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: "#336699" } });

async function refusalOf(upload: Buffer): Promise<string | null> {
  try {
    await processPhoto(upload);
    return null;
  } catch (error) {
    if (error instanceof Refusal) return error.code;
    throw error;
  }
}

describe("a photograph upload", () => {
  it("is re-encoded as AVIF, WebP and JPEG at every width up to its own, never upscaled", async () => {
    const processed = await processPhoto(await photo(1000, 600).png().toBuffer());
    expect(processed.widths).toEqual([480, 800, 1000]);
    expect([processed.width, processed.height]).toEqual([1000, 600]);
    expect(processed.hash).toMatch(/^[0-9a-f]{32}$/);
    expect(processed.renditions.map((r) => `${r.width}.${r.format}`)).toEqual(
      ["480", "800", "1000"].flatMap((w) => [`${w}.avif`, `${w}.webp`, `${w}.jpg`]),
    );
    for (const rendition of processed.renditions) {
      const meta = await sharp(rendition.bytes).metadata();
      expect(meta.width).toBe(rendition.width);
      expect(meta.format).toBe({ avif: "heif", webp: "webp", jpg: "jpeg" }[rendition.format]);
    }
  });

  it("stops at 1600 pixels wide for a large photograph", async () => {
    const processed = await processPhoto(await photo(2400, 1600).jpeg().toBuffer());
    expect(processed.widths).toEqual([480, 800, 1200, 1600]);
    expect([processed.width, processed.height]).toEqual([1600, 1067]);
  });

  it("loses its EXIF, GPS position included, and is turned upright", async () => {
    const upload = await photo(900, 600)
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExifMerge({
        IFD0: { Make: "Dateline Camera" },
        IFD3: {
          GPSLatitudeRef: "N",
          GPSLatitude: "53/1 33/1 0/1",
          GPSLongitudeRef: "E",
          GPSLongitude: "9/1 59/1 0/1",
        },
      })
      .toBuffer();
    const before = await sharp(upload).metadata();
    expect(before.orientation).toBe(6);
    expect(before.exif?.includes(Buffer.from("Dateline Camera"))).toBe(true);

    const processed = await processPhoto(upload);
    // Orientation 6 is a quarter turn: the upright photograph is 600 wide, 900 high.
    expect([processed.width, processed.height]).toEqual([600, 900]);
    for (const rendition of processed.renditions) {
      const meta = await sharp(rendition.bytes).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.orientation ?? 1).toBe(1);
      expect(rendition.bytes.includes(Buffer.from("Dateline Camera"))).toBe(false);
    }
  });

  it("is judged by its content: text named .jpg, a GIF and an empty file are refused", async () => {
    expect(await refusalOf(Buffer.from("<?php echo 'not a photo'; ?>"))).toBe("photo-unreadable");
    expect(await refusalOf(await photo(20, 20).gif().toBuffer())).toBe("photo-unreadable");
    expect(await refusalOf(Buffer.alloc(0))).toBe("photo-missing");
    const jpeg = await photo(600, 400).jpeg().toBuffer();
    expect(await refusalOf(jpeg.subarray(0, 200))).toBe("photo-unreadable");
  });

  it("accepts PNG, WebP and AVIF as well as JPEG", async () => {
    for (const encode of [(s: Sharp) => s.png(), (s: Sharp) => s.webp(), (s: Sharp) => s.avif()]) {
      const processed = await processPhoto(await encode(photo(500, 300)).toBuffer());
      expect(processed.widths).toEqual([480, 500]);
    }
  });

  it("refuses a decompression bomb: 100 megapixels in a small PNG", async () => {
    const bomb = await photo(10_000, 10_000).png({ compressionLevel: 9 }).toBuffer();
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await refusalOf(bomb)).toBe("photo-too-many-pixels");
  });

  it("refuses more than 15 MB before reading it", async () => {
    expect(await refusalOf(Buffer.alloc(PHOTO_MAX_BYTES + 1))).toBe("photo-too-large");
  });
});
