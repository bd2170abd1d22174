import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ShareForm } from "@/components/share/ShareForm";
import { formSecret } from "@/lib/comments/form-secret";
import { mintFormToken } from "@/lib/comments/form-token";
import { mailtoLink } from "@/lib/sharing/mailto-link";
import { shareStoryAction } from "../actions";
import { sharePreview, type StoryParams } from "../story-page";
import { getStory } from "@/lib/data/reader";

export const revalidate = 3600;

export function generateStaticParams(): Array<{ section: string; slug: string }> {
  return [];
}

export async function generateMetadata({ params }: { params: StoryParams }): Promise<Metadata> {
  const story = await getStory((await params).slug);
  return story ? { title: `Send this to a friend: ${story.headline}`, robots: { index: false } } : {};
}

/** "Send this to a friend" for readers without JavaScript (with it, the story page opens a dialog). */
export default async function SharePage({ params }: { params: StoryParams }) {
  const { section, slug } = await params;
  const story = await getStory(slug);
  if (!story) notFound();
  if (story.section.slug !== section) permanentRedirect(`${story.href}/share`);
  const preview = sharePreview(story);
  return (
    <div className="mx-auto max-w-[40rem]">
      <h1 className="text-3xl font-bold">Send this to a friend</h1>
      <p className="mt-2 text-lg">
        <a href={story.href} className="underline">
          Back to the story: {story.headline}
        </a>
      </p>
      <div className="mt-6">
        <ShareForm
          action={shareStoryAction}
          storyId={story.id}
          permalink={`${story.href}/share`}
          formToken={mintFormToken(story.id, formSecret())}
          preview={preview}
          cancelHref={story.href}
          headingLevel={2}
        />
      </div>
      <p className="mt-8 font-sans text-sm">
        Prefer your own mail program?{" "}
        <a href={mailtoLink(preview)} className="text-accent dark:text-accent-dark font-semibold underline">
          Email it yourself
        </a>
      </p>
    </div>
  );
}
