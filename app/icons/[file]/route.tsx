import { notFound } from "next/navigation";
import { iconImage, MANIFEST_ICON_SIZES } from "@/components/site/icon-image";

// The bitmaps the web app manifest lists (app/manifest.ts), drawn at build time.

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams(): Array<{ file: string }> {
  return MANIFEST_ICON_SIZES.map((size) => ({ file: `${size}.png` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const size = MANIFEST_ICON_SIZES.find((size) => `${size}.png` === file);
  if (!size) notFound();
  return iconImage(size);
}
