import { pathsShowingStory, storyPath } from "../articles/story-paths";
import type { SavedStory } from "./save-newsroom-story";

/** Every reader page a newsroom save can change: the story under its old and new slugs, the front page, its sections. */
export function pathsAfterSave({ affectedPaths }: Pick<SavedStory, "affectedPaths">): string[] {
  const { slugs, sectionSlugs } = affectedPaths;
  return [
    ...new Set(
      slugs.flatMap((slug) => [
        ...pathsShowingStory(slug, sectionSlugs),
        ...sectionSlugs.map((section) => `${storyPath(section, slug)}/share`),
      ]),
    ),
  ];
}
