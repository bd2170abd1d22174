"use server";

import { redirect } from "next/navigation";
import { currentStaff } from "@/lib/auth/current-staff";
import { answerNotAllowed } from "@/lib/auth/not-allowed";
import { revalidatePaths } from "@/lib/cache/revalidate-reader-pages";
import { zonedLocalToDate } from "@/lib/dates/zoned-time";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { NewsroomError } from "@/lib/newsroom/newsroom-error";
import { StoryConflictError, StoryFieldError, saveNewsroomStory } from "@/lib/newsroom/save-newsroom-story";
import {
  storyForm,
  storyFormFields,
  storyIntents,
  type StoryFormState,
  type StoryFormValues,
  savedMessages,
  type StoryIntent,
} from "@/lib/newsroom/story-form";
import { pathsShowingStory } from "@/lib/articles/story-paths";
import { fieldErrors } from "@/lib/validation/form-state";

/** Every button of the story editor: Preview, Save draft, Publish, Schedule, Unpublish. */
export async function saveStoryAction(_previous: StoryFormState, form: FormData): Promise<StoryFormState> {
  // Kept whole (the body may be long), so nothing the editor typed is lost on a refusal.
  const values = Object.fromEntries(
    [...storyFormFields, "id", "revision"].map((name) => [
      name,
      String(form.get(name) ?? "").slice(0, 200_100),
    ]),
  ) as StoryFormValues;
  const requested = form.get("intent");
  const intent: StoryIntent = storyIntents.includes(requested as StoryIntent)
    ? (requested as StoryIntent)
    : "draft";

  const parsed = storyForm.safeParse(values);
  const publishAt = values.publishAt.trim()
    ? zonedLocalToDate(values.publishAt.trim(), env.SITE_TIMEZONE)
    : null;
  const errors = parsed.success ? {} : fieldErrors(parsed.error, storyFormFields);
  if (values.publishAt.trim() && !publishAt) errors.publishAt = "Enter the publication date and time.";
  if (!parsed.success || Object.keys(errors).length > 0)
    return { status: "invalid", values, fieldErrors: errors };
  if (intent === "preview") return { status: "preview", values };

  let created: string | null = null;
  try {
    const saved = await saveNewsroomStory(db, await currentStaff(), { ...parsed.data, publishAt }, intent);
    const { slugs, sectionSlugs } = saved.affectedPaths;
    revalidatePaths(slugs.flatMap((slug) => pathsShowingStory(slug, sectionSlugs)));
    console.info(`story ${saved.id} ${intent}: ${saved.status} at ${saved.href}`);
    // A new story gets its own address, so a reload opens it rather than an empty editor.
    if (!parsed.data.id) created = `/admin/stories/${saved.id}?saved=${intent}`;
    else
      return {
        status: "saved",
        values: {
          ...values,
          id: String(saved.id),
          revision: String(saved.revision),
          slug: values.slug || saved.status !== "draft" ? saved.slug : "",
        },
        message: savedMessages[intent],
        href: saved.href,
        storyStatus: saved.status,
      };
  } catch (error) {
    answerNotAllowed(error);
    if (error instanceof StoryFieldError) {
      return { status: "invalid", values, fieldErrors: { [error.field]: error.message } };
    }
    if (error instanceof StoryConflictError) return { status: "conflict", values, message: error.message };
    if (error instanceof NewsroomError) return { status: "invalid", values, message: error.message };
    throw error;
  }
  redirect(created!);
}
