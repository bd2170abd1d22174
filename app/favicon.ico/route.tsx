import { iconImage } from "@/components/site/icon-image";

export const dynamic = "force-static";

/**
 * For clients that ask for /favicon.ico without reading the page (feed readers, old bookmarks):
 * a 32-pixel PNG, which every browser reads whatever the name says. Pages link app/icon.svg.
 */
export function GET() {
  return iconImage(32);
}
