import { mediaPath } from "@/lib/media/media-name";
import { photoSrcSet, type StoryPhotoView } from "@/lib/media/photo-view";

/**
 * A story's photograph: the browser picks AVIF, then WebP, then JPEG, at the width the column
 * needs. Width and height reserve its space before it arrives. The lead photograph is the
 * page's largest paint, so it is fetched first; one in the body waits until it is near.
 */
export function Photo({ photo, lead = false }: { photo: StoryPhotoView; lead?: boolean }) {
  // The column is 40rem wide at most, the whole screen below that.
  const sizes = "(min-width: 40rem) 40rem, 100vw";
  const fallbackWidth = photo.widths.find((width) => width >= 800) ?? photo.width;
  return (
    <figure className={lead ? "mb-8" : "my-8"}>
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
          {...(lead ? { fetchPriority: "high" as const } : { loading: "lazy" as const })}
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
