import { mediaPath } from "./media-name";
import type { PhotoFormat } from "./process-photo";

/** A story's lead photograph as pages read it. */
export type StoryPhotoView = {
  hash: string;
  widths: number[];
  width: number;
  height: number;
  alt: string;
  caption: string | null;
  credit: string | null;
};

export const storyPhotoSelect = {
  hash: true,
  widths: true,
  width: true,
  height: true,
  alt: true,
  caption: true,
  credit: true,
} as const;

export function storyPhotoView(row: {
  hash: string;
  widths: string;
  width: number;
  height: number;
  alt: string;
  caption: string | null;
  credit: string | null;
}): StoryPhotoView {
  return { ...row, widths: row.widths.split(",").map(Number) };
}

/** A srcset of one format: every stored width. */
export function photoSrcSet(photo: StoryPhotoView, format: PhotoFormat): string {
  return photo.widths.map((width) => `${mediaPath(photo.hash, width, format)} ${width}w`).join(", ");
}

/** The widest JPEG: what link previews, feeds and search engines are given. */
export function photoShareUrl(photo: StoryPhotoView): string {
  return mediaPath(photo.hash, photo.width, "jpg");
}
