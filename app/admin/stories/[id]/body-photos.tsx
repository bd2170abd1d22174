import { StoryPhotoForm } from "@/components/admin/StoryPhotoForm";
import { buttonClass } from "@/components/admin/styles";
import { listBodyPhotosForEditing } from "@/lib/data/newsroom";
import { photoShareUrl } from "@/lib/media/photo-view";
import { photoMarker, placedPhotoNumbers } from "@/lib/media/photo-marker";
import { staffForPage } from "@/lib/auth/staff-page";
import { removeBodyPhotoAction, saveBodyPhotoAction } from "../actions";

/**
 * The edit page's "Photographs in the body": each one with the line that places it and whether
 * the body has that line yet, its words to change, and a form to add the next one.
 */
export async function BodyPhotos({
  storyId,
  body,
  removed,
}: {
  storyId: number;
  body: string;
  removed: boolean;
}) {
  const path = `/admin/stories/${storyId}`;
  const staff = await staffForPage("stories", path);
  const photos = await listBodyPhotosForEditing(staff, storyId);
  const placed = new Set(placedPhotoNumbers(body));
  return (
    <section aria-labelledby="body-photos-heading" className="mt-12">
      <h2 id="body-photos-heading" className="text-2xl font-bold">
        Photographs in the body
      </h2>
      <p className="mt-1">
        Each photograph gets a number. Put a line reading <code>[Photo 1]</code> on its own in the body where
        it belongs, then update the story. Shown where the line is, loaded as readers reach it.
      </p>
      {removed && (
        <p role="status" className="mt-4 border-l-4 border-[#2f6f3e] p-2 dark:border-[#7fd08f]">
          The photograph is removed. A line in the body that placed it now shows nothing.
        </p>
      )}
      {photos.length > 0 && (
        <ul className="mt-4 space-y-6">
          {photos.map((photo) => (
            <li key={photo.number} className="border-rule dark:border-rule-dark border-t pt-4">
              <h3 className="text-lg font-bold">Photo {photo.number}</h3>
              <p>
                {placed.has(photo.number) ? (
                  <>
                    Placed in the body by the line <code>{photoMarker(photo.number)}</code>.
                  </>
                ) : (
                  <>
                    Not in the body yet: add a line reading <code>{photoMarker(photo.number)}</code>.
                  </>
                )}
              </p>
              <div className="mt-2 flex flex-wrap items-end gap-4">
                {/* eslint-disable-next-line @next/next/no-img-element -- a stored rendition, already sized */}
                <img
                  src={photoShareUrl(photo)}
                  alt={photo.alt}
                  width={160}
                  height={Math.round((160 * photo.height) / photo.width)}
                />
                <form action={removeBodyPhotoAction}>
                  <input type="hidden" name="storyId" value={storyId} />
                  <input type="hidden" name="number" value={photo.number} />
                  <button type="submit" className={buttonClass("danger")}>
                    Remove photo {photo.number}
                  </button>
                </form>
              </div>
              {/* Not folded away: a refused change must show its errors, with or without JavaScript. */}
              <StoryPhotoForm
                action={saveBodyPhotoAction}
                storyId={storyId}
                number={photo.number}
                id={`body-photo-${photo.number}`}
                label={`Change photo ${photo.number}`}
                permalink={path}
                hasPhoto
                initial={{ alt: photo.alt, caption: photo.caption ?? "", credit: photo.credit ?? "" }}
              />
            </li>
          ))}
        </ul>
      )}
      <h3 className="mt-8 text-lg font-bold">Add a photograph to the body</h3>
      <StoryPhotoForm
        action={saveBodyPhotoAction}
        storyId={storyId}
        id="body-photo-new"
        label="Add a photograph to the body"
        permalink={path}
        hasPhoto={false}
        initial={{ alt: "", caption: "", credit: "" }}
      />
    </section>
  );
}
