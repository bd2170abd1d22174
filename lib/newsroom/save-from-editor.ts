import "server-only";
import { redirect } from "next/navigation";
import type { NewsroomContext } from "../actions/newsroom-action";
import { revalidatePaths } from "../cache/revalidate-reader-pages";
import { pathsShowingStory } from "../cache/story-derived-routes";
import { saveNewsroomStory } from "./save-newsroom-story";
import { savedMessages, type StoryFormState, type StoryFormValues, type StoryPost } from "./story-form";

type Saved = Extract<StoryFormState, { status: "done" }>;

/**
 * Every button of the story editor: Preview shows what was typed; the others save, mark the
 * reader pages that showed or show the story stale, and answer with what readers see now.
 */
export async function saveFromEditor(
  { intent, ...input }: StoryPost,
  { db, staff, values }: NewsroomContext & { values: StoryFormValues },
): Promise<Omit<Saved, "status" | "values"> & { values?: Partial<StoryFormValues> }> {
  if (intent === "preview") return { preview: true };
  const saved = await saveNewsroomStory(db, staff, input, intent);
  revalidatePaths(pathsShowingStory(saved.affectedPaths));
  console.info(`story ${saved.id} ${intent}: ${saved.status} at ${saved.href}`);
  // A new story gets its own address, so a reload opens it rather than an empty editor.
  if (!input.id) redirect(`/admin/stories/${saved.id}?saved=${intent}`);
  return {
    values: {
      id: String(saved.id),
      revision: String(saved.revision),
      slug: values.slug || saved.status !== "draft" ? saved.slug : "",
    },
    message: savedMessages[intent],
    href: saved.href,
    storyStatus: saved.status,
  };
}
