import sharp from "sharp";

/** A plain JPEG of the given size as a browser posts it: a File, as the photograph forms read it. */
export async function jpegFile(width: number, height: number): Promise<File> {
  const bytes = await sharp({ create: { width, height, channels: 3, background: "#336699" } })
    .jpeg()
    .toBuffer();
  return new File([new Uint8Array(bytes)], "photo.jpg", { type: "image/jpeg" });
}
