import { iconImage } from "@/components/site/icon-image";

export const size = { width: 180, height: 180 };
export const contentType = "image/png";

/** The home-screen icon iOS asks for, from app/icon.svg. */
export default function AppleIcon() {
  return iconImage(size.width);
}
