import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { Story } from "@/components/article/Story";
import { CommentsSection } from "@/components/comments/CommentsSection";
import { ShareControls } from "@/components/share/ShareControls";
import type { SharePreview } from "@/components/share/ShareForm";
import { formatDateline } from "@/lib/articles/dateline";
import type { StoryView } from "@/lib/articles/story-view";
import { commentsPagePath } from "@/lib/articles/story-paths";
import { excerptOf } from "@/lib/articles/plain-text";
import { pageAlternates } from "@/lib/seo/alternates";
import { photoShareUrl } from "@/lib/media/photo-view";
import { newsArticleJsonLd } from "@/lib/seo/news-article";
import { JsonLd } from "@/components/site/JsonLd";
import { formSecret } from "@/lib/comments/form-secret";
import { mintFormToken } from "@/lib/comments/form-token";
import { MAX_DEPTH, type CommentOrder } from "@/lib/comments/comment-view";
import { closingNote } from "@/lib/comments/closing-note";
import { env } from "@/lib/env";
import { commentWindow } from "@/lib/settings/comment-settings";
import { leaveReplyAction, shareStoryAction } from "./actions";
import {
  findMovedStory,
  getCommentSettings,
  getReplyTarget,
  getStory,
  listComments,
  listEditorsPicks,
  listRelatedStories,
} from "@/lib/data/reader";

export type StoryParams = Promise<{ section: string; slug: string }>;

/** Title, description and canonical address of a story page (also of its comment and reply pages). */
export async function storyMetadata(params: StoryParams, { index = true } = {}): Promise<Metadata> {
  const story = await getStory((await params).slug);
  if (!story) return {};
  const description = excerptOf(story.standfirst, story.body);
  return {
    title: story.headline,
    description,
    alternates: pageAlternates(story.href, story.section, env.SITE_NAME),
    openGraph: {
      type: "article",
      title: story.headline,
      description,
      url: story.href,
      siteName: env.SITE_NAME,
      locale: "en_GB",
      publishedTime: story.publishedAt.toISOString(),
      modifiedTime: story.updatedAt.toISOString(),
      section: story.section.name,
      tags: story.tags.map((tag) => tag.name),
      ...(story.byline ? { authors: [story.byline] } : {}),
      // With a lead photograph, link previews show it instead of the generated card: a page's
      // own openGraph.images takes the place of the opengraph-image file's.
      ...(story.leadPhoto
        ? {
            images: [
              {
                url: photoShareUrl(story.leadPhoto),
                width: story.leadPhoto.width,
                height: story.leadPhoto.height,
                alt: story.leadPhoto.alt,
                type: "image/jpeg",
              },
            ],
          }
        : {}),
    },
    twitter: { card: "summary_large_image", title: story.headline, description },
    ...(index ? {} : { robots: { index: false } }),
  };
}

/**
 * A story with its comments: the story page itself, a page of its comments in either order, or
 * the page a Reply link opens without JavaScript.
 */
export async function StoryPage({
  params,
  commentsPage = 1,
  order = "oldest",
  replyToId = null,
}: {
  params: StoryParams;
  commentsPage?: number;
  order?: CommentOrder;
  replyToId?: number | null;
}) {
  const { section, slug } = await params;
  const story = await getStory(slug);
  if (!story) {
    // A slug changed after publication: links to the old one keep working.
    const moved = await findMovedStory(slug);
    if (moved) permanentRedirect(moved);
    notFound();
  }
  // A story that moved section keeps working links.
  if (story.section.slug !== section) permanentRedirect(story.href);

  const [comments, picks, settings, replyTarget, related] = await Promise.all([
    listComments(story.id, commentsPage, order),
    // Editors' picks lead the comments on the first page of either order.
    commentsPage === 1 ? listEditorsPicks(story.id) : [],
    getCommentSettings(),
    replyToId === null ? null : getReplyTarget(story.id, replyToId),
    listRelatedStories(story),
  ]);
  // A later page can be empty when its threads were all removed after they were approved.
  if (commentsPage > comments.pageCount || (commentsPage > 1 && comments.threads.length === 0)) notFound();
  if (replyToId !== null && (!replyTarget || replyTarget.depth >= MAX_DEPTH)) notFound();

  const now = new Date();
  const { open, closesAt } = commentWindow(story, settings, now);
  const pageHref =
    replyToId === null
      ? commentsPagePath(story.href, commentsPage, order)
      : `${story.href}/reply/${replyToId}`;
  return (
    <Story
      story={story}
      timeZone={env.SITE_TIMEZONE}
      commentCount={comments.approvedCount}
      notes={story.notes}
      bodyPhotos={story.bodyPhotos}
      related={related}
    >
      <JsonLd data={newsArticleJsonLd(story, { name: env.SITE_NAME, url: env.siteUrl })} />
      <ShareControls
        shareHref={`${story.href}/share`}
        storyHref={story.href}
        form={{
          action: shareStoryAction,
          storyId: story.id,
          permalink: `${story.href}/share`,
          formToken: mintFormToken(story.id, formSecret()),
          preview: sharePreview(story),
        }}
      />
      <CommentsSection
        comments={comments}
        picks={picks}
        storyHref={story.href}
        timeZone={env.SITE_TIMEZONE}
        open={open}
        replyTarget={replyTarget ? { id: replyTarget.id, name: replyTarget.authorName } : null}
        form={{
          action: leaveReplyAction,
          storyId: story.id,
          permalink: `${pageHref}#respond`,
          formToken: mintFormToken(story.id, formSecret()),
          closesNote: closesAt ? closingNote(closesAt, now, env.SITE_TIMEZONE) : null,
        }}
      />
    </Story>
  );
}

/** What the share form previews: the email's story part, as the friend will see it. */
export function sharePreview(story: StoryView): SharePreview {
  return {
    headline: story.headline,
    dateline: formatDateline(story),
    summary: excerptOf(story.standfirst, story.body, 400),
    url: `${env.siteUrl}${story.href}`,
    siteName: env.SITE_NAME,
  };
}
