import "server-only";
import * as story from "../articles/get-story";
import * as listings from "../articles/listings";
import * as comments from "../comments/list-comments";
import { listEditorsPicks as editorsPicks } from "../comments/editors-picks";
import { locateComment as locate } from "../comments/locate-comment";
import { getCorrectionTarget as correctionTarget } from "../comments/correct-comment";
import { getReplyEmailAddress as replyEmailAddress } from "../comments/reply-emails";
import { listCorrections as corrections } from "../corrections/story-notes";
import { checkDatabase as check } from "../database/check-database";
import { env } from "../env";
import { sectionFeedResponse as sectionFeed } from "../feeds/feed-response";
import { siteFileResponse as siteFile, sitemapChildResponse as sitemapChild } from "../feeds/site-file-response";
import { searchStories as search } from "../search/search-stories";
import { listSections as sections } from "../sections/list-sections";
import { getCommentSettings as settings } from "../settings/get-comment-settings";
import { getBlockRequest as blockRequest } from "../sharing/block-recipient";
import { getSitePage as sitePage, type SitePageSlug } from "../site-pages/site-pages";
import { withAppDatabase } from "./with-app-database";

/** What reader pages and routes read, from the app's database. */
export const getStory = withAppDatabase(story.getStory);
export const getStoryAt = withAppDatabase(story.getStoryAt);
export const findMovedStory = withAppDatabase(story.findMovedStory);
export const findListing = withAppDatabase(listings.findListing);
export const listStories = withAppDatabase(listings.listStories);
export const listRelatedStories = withAppDatabase(listings.listRelatedStories);
export const listComments = withAppDatabase(comments.listComments);
export const listEditorsPicks = withAppDatabase(editorsPicks);
export const getReplyTarget = withAppDatabase(comments.getReplyTarget);
export const getReportTarget = withAppDatabase(comments.getReportTarget);
export const getCorrectionTarget = withAppDatabase(correctionTarget);
export const getReplyEmailAddress = withAppDatabase(replyEmailAddress);
export const locateComment = withAppDatabase(locate);
export const listSections = withAppDatabase(sections);
export const listCorrections = withAppDatabase((db, page: number) => corrections(db, page));
export const getCommentSettings = withAppDatabase(settings);
export const getBlockRequest = withAppDatabase(blockRequest);
export const siteFileResponse = withAppDatabase(siteFile);
export const sitemapChildResponse = withAppDatabase(sitemapChild);
export const sectionFeedResponse = withAppDatabase(sectionFeed);
export const checkDatabase = withAppDatabase(check);
export const getSitePage = withAppDatabase((db, slug: SitePageSlug) => sitePage(db, slug, env.SITE_NAME));

/** Search, in the way this database searches (SQLite and PostgreSQL differ). */
export const searchStories = withAppDatabase(
  (db, terms: string[], options: { page: number }) => search(db, env.database.provider, terms, options),
);
