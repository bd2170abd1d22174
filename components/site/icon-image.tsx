import { readFileSync } from "node:fs";
import path from "node:path";
import { ImageResponse } from "next/og";

// The one source every icon is drawn from; browsers that take SVG icons get it as it is.
const source = `data:image/svg+xml;base64,${readFileSync(path.join(process.cwd(), "app", "icon.svg")).toString("base64")}`;

/** The bitmap sizes the web app manifest lists (app/manifest.ts). */
export const MANIFEST_ICON_SIZES = [192, 512] as const;

/** The site's icon as a square PNG of this many pixels, for devices that want a bitmap. */
export function iconImage(size: number): ImageResponse {
  return new ImageResponse(
    // eslint-disable-next-line @next/next/no-img-element -- drawn by the image renderer, not a browser
    <img src={source} width={size} height={size} alt="" />,
    { width: size, height: size },
  );
}
