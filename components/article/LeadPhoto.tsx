import { mediaPath } from "@/lib/media/media-name";
import { photoSrcSet, type StoryPhotoView } from "@/lib/media/photo-view";

/**
 * The story's lead photograph: the browser picks AVIF, then WebP, then JPEG, at the width the
 * column needs. Width and height reserve its space before it arrives; it is the page's largest
 * paint, so it is fetched first rather than lazily.
 */
export function LeadPhoto({ photo }: { photo: StoryPhotoView }) {
  // The column is 40rem wide at most, the whole screen below that.
  const sizes = "(min-width: 40rem) 40rem, 100vw";
  const fallbackWidth = photo.widths.find((width) => width >= 800) ?? photo.width;
  return (
    <figure className="mb-8">
      <picture>
        <source type="image/avif" srcSet={photoSrcSet(photo, "avif")} sizes={sizes} />
        <source type="image/webp" srcSet={photoSrcSet(photo, "webp")} sizes={sizes} />
        <img
          src={mediaPath(photo.hash, fallbackWidth, "jpg")}
          srcSet={photoSrcSet(photo, "jpg")}
          sizes={sizes}
          width={photo.width}
          height={photo.height}
          alt={photo.alt}
          fetchPriority="high"
          decoding="async"
          className="h-auto w-full"
        />
      </picture>
      {(photo.caption || photo.credit) && (
        <figcaption className="text-muted dark:text-muted-dark mt-2 font-sans text-sm">
          {photo.caption}
          {photo.caption && photo.credit && " "}
          {photo.credit && <span className="whitespace-nowrap">{photo.credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
