import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Refusal } from "../errors";
import { type Staff, type StaffRole } from "../auth/roles";
import { commentSettings } from "../settings/comment-settings";
import { createTemporaryDatabase, type TemporaryDatabase } from "../testing/temporary-database";
import { getQueuedComment, listCommentQueue } from "./comment-queue";
import { summarizeNewsroom } from "./dashboard";
import { editCommentText, moderateComments, replyAsNewsroom } from "./moderate-comments";
import { getOutboxMessage, listOutbox, retryOutboxMessage } from "./outbox";
import { saveCommentSettings } from "./save-comment-settings";
import { saveNewsroomStory } from "./save-newsroom-story";
import { compareRevisions, getStoryHistory, restoreRevision } from "./story-history";
import { addStoryNote, listNotesForEditing } from "../corrections/add-story-note";
import { getStoryForEditing, listNewsroomStories } from "./story-list";
import { listBodyPhotosForEditing, removeBodyPhoto, saveBodyPhoto } from "../media/body-photos";
import { diskMediaStore } from "../media/media-store";
import {
  changeStaffRole,
  inviteStaff,
  listStaff,
  resendInvitation,
  setStaffDisabled,
} from "./staff-accounts";

const mail = { siteUrl: "https://news.example", siteName: "Dateline", mailFrom: "news@example.com" };

const as = (role: StaffRole): Staff => ({ id: role, name: role, email: `${role}@example.com`, role });

/**
 * Every newsroom use case that reads or changes newsroom data, with the weakest role that
 * may NOT call it (null: every role may, so only signing out is refused). Server actions and
 * pages call these with the signed-in member of staff, so the check runs on every path in.
 */
const useCases: Array<
  [string, StaffRole | null, (db: TemporaryDatabase["db"], staff: Staff | null) => Promise<unknown>]
> = [
  ["summarizeNewsroom", null, (db, staff) => summarizeNewsroom(db, staff)],
  ["listCommentQueue", null, (db, staff) => listCommentQueue(db, staff, { status: "pending", page: 1 })],
  ["getQueuedComment", null, (db, staff) => getQueuedComment(db, staff, 1)],
  ["moderateComments", null, (db, staff) => moderateComments(db, staff, { ids: [1], action: "trash" })],
  ["editCommentText", null, (db, staff) => editCommentText(db, staff, { id: 1, text: "edited" })],
  ["replyAsNewsroom", null, (db, staff) => replyAsNewsroom(db, staff, { parentId: 1, text: "reply" })],
  [
    "listNewsroomStories",
    "moderator",
    (db, staff) => listNewsroomStories(db, staff, { query: "", status: null, page: 1 }),
  ],
  ["getStoryForEditing", "moderator", (db, staff) => getStoryForEditing(db, staff, 1)],
  ["listBodyPhotosForEditing", "moderator", (db, staff) => listBodyPhotosForEditing(db, staff, 1)],
  [
    "saveBodyPhoto",
    "moderator",
    (db, staff) =>
      saveBodyPhoto(db, staff, diskMediaStore("/nonexistent"), {
        storyId: 1,
        number: 1,
        photo: null,
        alt: "A",
        caption: null,
        credit: null,
      }),
  ],
  ["removeBodyPhoto", "moderator", (db, staff) => removeBodyPhoto(db, staff, { storyId: 1, number: 1 })],
  [
    "saveNewsroomStory",
    "moderator",
    (db, staff) =>
      saveNewsroomStory(
        db,
        staff,
        {
          id: null,
          revision: null,
          headline: "H",
          standfirst: null,
          place: "P",
          agency: "A",
          byline: null,
          section: "world",
          tags: [],
          body: "B",
          slug: "",
          publishAt: null,
          commentsOpen: true,
        },
        "publish",
      ),
  ],
  ["getStoryHistory", "moderator", (db, staff) => getStoryHistory(db, staff, 1)],
  ["compareRevisions", "moderator", (db, staff) => compareRevisions(db, staff, 1, [1, 2])],
  [
    "restoreRevision",
    "moderator",
    (db, staff) => restoreRevision(db, staff, { storyId: 1, number: 1, revision: 1 }),
  ],
  [
    "addStoryNote",
    "moderator",
    (db, staff) => addStoryNote(db, staff, { storyId: 1, kind: "correction", text: "x" }),
  ],
  ["listNotesForEditing", "moderator", (db, staff) => listNotesForEditing(db, staff, 1)],
  ["listOutbox", "moderator", (db, staff) => listOutbox(db, staff, { status: null, page: 1 })],
  ["getOutboxMessage", "moderator", (db, staff) => getOutboxMessage(db, staff, 1)],
  ["retryOutboxMessage", "moderator", (db, staff) => retryOutboxMessage(db, staff, 1)],
  ["saveCommentSettings", "editor", (db, staff) => saveCommentSettings(db, staff, commentSettings.parse({}))],
  ["listStaff", "editor", (db, staff) => listStaff(db, staff)],
  [
    "inviteStaff",
    "editor",
    (db, staff) => inviteStaff(db, staff, { name: "N", email: "n@example.com", role: "admin" }, mail),
  ],
  ["resendInvitation", "editor", (db, staff) => resendInvitation(db, staff, "someone", mail)],
  [
    "changeStaffRole",
    "editor",
    (db, staff) => changeStaffRole(db, staff, { userId: "someone", role: "admin" }),
  ],
  [
    "setStaffDisabled",
    "editor",
    (db, staff) => setStaffDisabled(db, staff, { userId: "someone", disabled: true }),
  ],
];

describe("newsroom use cases refuse before they touch anything", () => {
  let temp: TemporaryDatabase;
  beforeAll(async () => {
    temp = await createTemporaryDatabase("sqlite");
  });
  afterAll(async () => {
    await temp?.drop();
  });

  it.each(useCases)("%s refuses a signed-out caller", async (_name, _weak, call) => {
    await expect(call(temp.db, null)).rejects.toThrow(new Refusal("signed-out"));
  });

  it.each(useCases.filter(([, weak]) => weak !== null))("%s refuses a %s", async (_name, weak, call) => {
    await expect(call(temp.db, as(weak!))).rejects.toThrow(new Refusal("forbidden"));
    // Weaker roles than the one named are refused too.
    if (weak === "editor")
      await expect(call(temp.db, as("moderator"))).rejects.toThrow(new Refusal("forbidden"));
  });

  it("nothing was written by any refused call", async () => {
    expect(await temp.db.article.count()).toBe(0);
    expect(await temp.db.setting.count()).toBe(0);
    expect(await temp.db.comment.count()).toBe(0);
    expect(await temp.db.storyNote.count()).toBe(0);
    expect(await temp.db.articleRevision.count()).toBe(0);
    expect(await temp.db.user.count()).toBe(0);
    expect(await temp.db.outboxMessage.count()).toBe(0);
  });
});
