"use server";

import type { FormAction } from "@/lib/actions/form-state";
import { newsroomAction } from "@/lib/actions/newsroom-action";
import { env } from "@/lib/env";
import { saveFromEditor } from "@/lib/newsroom/save-from-editor";
import { storyFormFields, storyPost, type StoryFormState } from "@/lib/newsroom/story-form";

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
