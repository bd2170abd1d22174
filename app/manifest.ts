import type { MetadataRoute } from "next";
import { env } from "@/lib/env";
import { MANIFEST_ICON_SIZES } from "@/components/site/icon-image";

/** What a phone shows when a reader adds the site to the home screen. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: env.SITE_NAME,
    short_name: env.SITE_NAME,
    description: "News as it happens, from the wires and our own reporters.",
    start_url: "/",
    display: "minimal-ui",
    background_color: "#fdfcf8",
    theme_color: "#a4161a",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      ...MANIFEST_ICON_SIZES.map((size) => ({
        src: `/icons/${size}.png`,
        sizes: `${size}x${size}`,
        type: "image/png",
      })),
    ],
  };
}
