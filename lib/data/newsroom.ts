import "server-only";
import { getQueuedComment as queued, listCommentQueue as queue } from "../newsroom/comment-queue";
import { summarizeNewsroom as summary } from "../newsroom/dashboard";
import { getOutboxMessage as outboxMessage, listOutbox as outbox } from "../newsroom/outbox";
import { getStoryForEditing as storyForEditing, listNewsroomStories as stories } from "../newsroom/story-list";
import { getCommentSettings as settings } from "../settings/get-comment-settings";
import { env } from "../env";
import { getSitePage as sitePage, type SitePageSlug } from "../site-pages/site-pages";
import { listNotesForEditing as notesForEditing } from "../corrections/add-story-note";
import { compareRevisions as compare, getStoryHistory as storyHistory } from "../newsroom/story-history";
import { listAuditEvents as auditEvents } from "../audit/audit-log";
import { getStoryPhotoForEditing as photoForEditing } from "../media/story-photo";
import { withAppDatabase } from "./with-app-database";

/** What newsroom pages read, from the app's database; each use case checks the staff member's role. */
export const summarizeNewsroom = withAppDatabase(summary);
export const listCommentQueue = withAppDatabase(queue);
export const getQueuedComment = withAppDatabase(queued);
export const listNewsroomStories = withAppDatabase(stories);
export const getStoryForEditing = withAppDatabase(storyForEditing);
export const listOutbox = withAppDatabase(outbox);
export const getStoryHistory = withAppDatabase(storyHistory);
export const compareRevisions = withAppDatabase(compare);
export const listNotesForEditing = withAppDatabase(notesForEditing);
export const listAuditEvents = withAppDatabase(auditEvents);
export const getStoryPhotoForEditing = withAppDatabase(photoForEditing);
export const getOutboxMessage = withAppDatabase(outboxMessage);
export const getCommentSettings = withAppDatabase(settings);
export const getSitePage = withAppDatabase((db, slug: SitePageSlug) => sitePage(db, slug, env.SITE_NAME));
