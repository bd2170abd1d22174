"use server";

import type { FormAction, FormState } from "@/lib/actions/form-state";
import { redirectAfter } from "@/lib/actions/form-action";
import { newsroomAction } from "@/lib/actions/newsroom-action";
import { revalidatePaths } from "@/lib/cache/revalidate-reader-pages";
import { pathsShowingStory } from "@/lib/cache/story-derived-routes";
import {
  addStoryNote,
  storyNoteFields,
  storyNotePost,
  type StoryNoteFormState,
} from "@/lib/corrections/add-story-note";
import { env } from "@/lib/env";
import { saveFromEditor } from "@/lib/newsroom/save-from-editor";
import { restorePost, restoreRevision } from "@/lib/newsroom/story-history";
import { storyFormFields, storyPost, type StoryFormState } from "@/lib/newsroom/story-form";
import { positiveInteger } from "@/lib/validation/query-params";
import { mediaStore } from "@/lib/media/app-media-store";
import { removeStoryPhoto, saveStoryPhoto } from "@/lib/media/story-photo";
import { removeBodyPhoto, saveBodyPhoto } from "@/lib/media/body-photos";
import { bodyPhotoPost, removeBodyPhotoPost } from "@/lib/media/body-photo-form";
import {
  removeStoryPhotoPost,
  storyPhotoFields,
  storyPhotoPost,
  type StoryPhotoFormState,
} from "@/lib/media/story-photo-form";

/** Every button of the story editor: Preview, Save draft, Publish, Schedule, Unpublish. */
export const saveStoryAction: FormAction<StoryFormState> = newsroomAction("stories", {
  name: "save story",
  fields: storyFormFields,
  kept: ["id", "revision"],
  // Kept whole (the body may be long), so nothing the editor typed is lost on a refusal.
  maxValueLength: 200_100,
  schema: storyPost(env.SITE_TIMEZONE),
  run: saveFromEditor,
});

/** Add a correction or update: readers see it at the story's foot, and on /corrections. */
export const addStoryNoteAction: FormAction<StoryNoteFormState> = newsroomAction("stories", {
  name: "add story note",
  fields: storyNoteFields,
  kept: ["storyId"],
  schema: storyNotePost,
  run: async (input, { db, staff }) => {
    const added = await addStoryNote(db, staff, input);
    revalidatePaths(pathsShowingStory(added.addresses));
    return {
      message: `${added.label} added. Readers see it at the foot of the story now.`,
      values: { text: "" },
    };
  },
});

/** Restore a revision from the story's history; back to the history with the outcome. */
export const restoreRevisionAction = redirectAfter(
  newsroomAction<FormState<{ storyId: string; number: string; revision: string }>, typeof restorePost>(
    "stories",
    {
      name: "restore revision",
      fields: [],
      kept: ["storyId", "number", "revision"],
      schema: restorePost,
      run: async (input, { db, staff }) => {
        const saved = await restoreRevision(db, staff, input);
        revalidatePaths(pathsShowingStory(saved.affectedPaths));
        return {};
      },
    },
  ),
  (state) => {
    const storyId = positiveInteger(state.values.storyId) ?? 0;
    const outcome =
      state.status === "done" ? "done" : state.status === "refused" ? state.code : "invalid-input";
    return `/admin/stories/${storyId}/history?restore=${outcome}&number=${positiveInteger(state.values.number) ?? ""}`;
  },
);

/** Upload or change the story's lead photograph and its words; alt text is required. */
export const saveStoryPhotoAction: FormAction<StoryPhotoFormState> = newsroomAction("stories", {
  name: "save story photo",
  fields: storyPhotoFields,
  files: ["photo"],
  kept: ["storyId"],
  schema: storyPhotoPost,
  run: async (input, { db, staff }) => {
    const saved = await saveStoryPhoto(db, staff, mediaStore, input);
    revalidatePaths(pathsShowingStory(saved.addresses));
    return { message: saved.message, values: { photo: "" } };
  },
});

/** "Remove photograph": back to the story's edit page, which then shows no photograph. */
export const removeStoryPhotoAction = redirectAfter(
  newsroomAction<FormState<{ storyId: string }>, typeof removeStoryPhotoPost>("stories", {
    name: "remove story photo",
    fields: [],
    kept: ["storyId"],
    schema: removeStoryPhotoPost,
    run: async (input, { db, staff }) => {
      const removed = await removeStoryPhoto(db, staff, input);
      revalidatePaths(pathsShowingStory(removed.addresses));
      return {};
    },
  }),
  (state) =>
    `/admin/stories/${positiveInteger(state.values.storyId) ?? 0}?photo=${state.status === "done" ? "removed" : "not-removed"}#photo-heading`,
);

/** Add a photograph to the body (no number) or change one; the editor then places it with "[Photo N]". */
export const saveBodyPhotoAction: FormAction<StoryPhotoFormState> = newsroomAction("stories", {
  name: "save body photo",
  fields: storyPhotoFields,
  files: ["photo"],
  kept: ["storyId", "number"],
  schema: bodyPhotoPost,
  run: async (input, { db, staff }) => {
    const saved = await saveBodyPhoto(db, staff, mediaStore, input);
    revalidatePaths(pathsShowingStory(saved.addresses));
    // A new photograph's form is empty again, ready for the next one.
    const words = input.number === null ? { alt: "", caption: "", credit: "" } : {};
    return { message: saved.message, values: { photo: "", ...words } };
  },
});

/** "Remove Photo N": back to the story's edit page, which then lists the body's photographs without it. */
export const removeBodyPhotoAction = redirectAfter(
  newsroomAction<FormState<{ storyId: string; number: string }>, typeof removeBodyPhotoPost>("stories", {
    name: "remove body photo",
    fields: [],
    kept: ["storyId", "number"],
    schema: removeBodyPhotoPost,
    run: async (input, { db, staff }) => {
      const removed = await removeBodyPhoto(db, staff, input);
      revalidatePaths(pathsShowingStory(removed.addresses));
      return {};
    },
  }),
  (state) =>
    `/admin/stories/${positiveInteger(state.values.storyId) ?? 0}?body-photo=${state.status === "done" ? "removed" : "not-removed"}#body-photos-heading`,
);
