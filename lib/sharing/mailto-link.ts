/** A mailto: link with the story prefilled, for readers who share from their own mail program. */
export function mailtoLink(story: { headline: string; summary: string; url: string }): string {
  return `mailto:?subject=${encodeURIComponent(story.headline)}&body=${encodeURIComponent(
    `${story.summary}\n\n${story.url}`,
  )}`;
}
