import { notFound } from "next/navigation";
import { mediaStore } from "@/lib/media/app-media-store";
import { parseMediaFileName } from "@/lib/media/media-name";

// Photographs by content hash (lib/media/): a name never changes what it holds, so browsers and
// proxies may keep a file for a year without asking again. nginx may serve MEDIA_DIR itself.

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  // Only names we write reach the disk: no dots, slashes or other paths.
  const media = parseMediaFileName(file);
  const opened = media ? await mediaStore.open(media.name) : null;
  if (!media || !opened) notFound();
  return new Response(opened.stream, {
    headers: {
      "content-type": media.contentType,
      "content-length": String(opened.size),
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
    },
  });
}
