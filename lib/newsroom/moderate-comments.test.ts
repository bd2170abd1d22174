import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Staff } from "../auth/roles";
import { seedDemoContent } from "../import/seed-demo-content";
import {
  createTemporaryDatabase,
  postgresAnswers,
  type TemporaryDatabase,
} from "../testing/temporary-database";
import { listCommentQueue } from "./comment-queue";
import { editCommentText, moderateComments, replyAsNewsroom } from "./moderate-comments";
import { Refusal } from "../errors";

const providers = ["sqlite", ...((await postgresAnswers()) ? ["postgresql" as const] : [])] as const;
const moderator: Staff = { id: "mod-1", name: "Mo Moderator", email: "mo@dateline.test", role: "moderator" };

describe.each(providers)("moderation on %s", (provider) => {
  let temp: TemporaryDatabase;
  let storyId: number;
  let n = 0;
  const held = async (status: "pending" | "approved" = "pending") => {
    n++;
    return temp.db.comment.create({
      data: {
        articleId: storyId,
        authorName: `Reader ${n}`,
        authorEmail: `reader${n}@example.com`,
        body: `Comment number ${n}`,
        status,
        moderationReason: "first-comment",
        ip: "192.0.2.1",
        fingerprint: `fp-${provider}-${n}`,
      },
    });
  };

  beforeAll(async () => {
    temp = await createTemporaryDatabase(provider);
    await seedDemoContent(temp.db);
    await temp.db.user.create({
      data: { id: moderator.id, name: moderator.name, email: moderator.email, role: "moderator" },
    });
    storyId = (await temp.db.article.findFirstOrThrow({ where: { status: "published" } })).id;
  });
  afterAll(async () => {
    await temp?.drop();
  });

  it("approves a selection and names the stories whose readers see a change", async () => {
    const [a, b] = [await held(), await held()];
    const result = await moderateComments(temp.db, moderator, { ids: [a.id, b.id], action: "approve" });
    expect(result).toEqual({ changed: 2, unread: 0, storyIds: [storyId] });
    const queue = await listCommentQueue(temp.db, moderator, { status: "approved", page: 1 });
    expect(queue.comments.map((comment) => comment.id)).toEqual(expect.arrayContaining([a.id, b.id]));
  });

  it("does not approve a comment its author corrected after the moderator's page was rendered", async () => {
    const readAt = new Date();
    const [corrected, untouched] = [await held(), await held()];
    await temp.db.comment.update({
      where: { id: corrected.id },
      data: { body: "Swapped in later", editedAt: new Date(readAt.getTime() + 1_000) },
    });
    for (const action of ["approve", "dismiss"] as const) {
      expect(
        await moderateComments(temp.db, moderator, { ids: [corrected.id, untouched.id], action, readAt }),
      ).toMatchObject({ changed: 1, unread: 1 }); // the untouched one
    }
    expect((await temp.db.comment.findUniqueOrThrow({ where: { id: corrected.id } })).status).toBe("pending");
    // Read again (a page rendered after the correction): approved.
    expect(
      await moderateComments(temp.db, moderator, {
        ids: [corrected.id],
        action: "approve",
        readAt: new Date(readAt.getTime() + 2_000),
      }),
    ).toMatchObject({ changed: 1, unread: 0 });
    // Trashing needs no reading: the correction does not stop it.
    const later = await held();
    await temp.db.comment.update({
      where: { id: later.id },
      data: { editedAt: new Date(readAt.getTime() + 1_000) },
    });
    expect(
      await moderateComments(temp.db, moderator, { ids: [later.id], action: "trash", readAt }),
    ).toMatchObject({
      changed: 1,
      unread: 0,
    });
  });

  it("a pick that leaves the story is no longer a pick when it comes back", async () => {
    const pick = await held("approved");
    await moderateComments(temp.db, moderator, { ids: [pick.id], action: "feature" });
    await moderateComments(temp.db, moderator, { ids: [pick.id], action: "trash" });
    await moderateComments(temp.db, moderator, { ids: [pick.id], action: "restore" });
    await moderateComments(temp.db, moderator, { ids: [pick.id], action: "approve" });
    expect((await temp.db.comment.findUniqueOrThrow({ where: { id: pick.id } })).featuredAt).toBeNull();
  });

  it("moving a held comment to spam changes nothing readers see; deleting needs spam or trash first", async () => {
    const c = await held();
    expect(await moderateComments(temp.db, moderator, { ids: [c.id], action: "spam" })).toEqual({
      changed: 1,
      unread: 0,
      storyIds: [],
    });
    const approved = await held("approved");
    expect(await moderateComments(temp.db, moderator, { ids: [approved.id], action: "delete" })).toEqual({
      changed: 0,
      unread: 0,
      storyIds: [],
    });
    expect(await moderateComments(temp.db, moderator, { ids: [c.id], action: "delete" })).toMatchObject({
      changed: 1,
    });
    expect(await temp.db.comment.findUnique({ where: { id: c.id } })).toBeNull();
    await expect(moderateComments(temp.db, moderator, { ids: [], action: "approve" })).rejects.toThrow(
      Refusal,
    );
  });

  it("edits text under the comment rules, and marks it edited", async () => {
    const c = await held("approved");
    await expect(editCommentText(temp.db, moderator, { id: c.id, text: "   " })).rejects.toThrow(
      "Comment is required.",
    );
    expect(await editCommentText(temp.db, moderator, { id: c.id, text: "Better words" })).toEqual({
      changed: 1,
      storyIds: [storyId],
    });
    expect(await temp.db.comment.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
      body: "Better words",
      editedAt: expect.any(Date),
    });
  });

  it("replies as the newsroom: approved, one level deeper, marked as staff, never twice", async () => {
    const parent = await held("approved");
    const reply = await replyAsNewsroom(temp.db, moderator, {
      parentId: parent.id,
      text: "Thanks for this.",
    });
    expect(await temp.db.comment.findUniqueOrThrow({ where: { id: reply.id } })).toMatchObject({
      parentId: parent.id,
      depth: 2,
      status: "approved",
      staffUserId: moderator.id,
      authorName: moderator.name,
    });
    await expect(
      replyAsNewsroom(temp.db, moderator, { parentId: parent.id, text: "Thanks for this." }),
    ).rejects.toThrow("You have already sent this reply.");
    const pending = await held();
    await expect(replyAsNewsroom(temp.db, moderator, { parentId: pending.id, text: "Hi" })).rejects.toThrow(
      "Approve the comment before replying to it.",
    );
  });

  it("features an approved comment and unfeatures it, leaving its status and readers' reports alone", async () => {
    const picked = await held("approved");
    const pending = await held();
    await temp.db.commentReport.create({
      data: { commentId: picked.id, reason: "off_topic", reporterKey: `key-${provider}` },
    });
    expect(
      await moderateComments(temp.db, moderator, { ids: [picked.id, pending.id], action: "feature" }),
    ).toEqual({ changed: 1, unread: 0, storyIds: [storyId] });
    const row = await temp.db.comment.findUniqueOrThrow({ where: { id: picked.id } });
    expect(row).toMatchObject({ status: "approved", featuredAt: expect.any(Date) });
    expect(await temp.db.comment.findUniqueOrThrow({ where: { id: pending.id } })).toMatchObject({
      status: "pending",
      featuredAt: null,
    });
    expect(await temp.db.commentReport.count({ where: { commentId: picked.id } })).toBe(1);
    // Picked again: nothing changes, and it keeps its place among the picks.
    expect(await moderateComments(temp.db, moderator, { ids: [picked.id], action: "feature" })).toEqual({
      changed: 0,
      unread: 0,
      storyIds: [],
    });
    expect((await temp.db.comment.findUniqueOrThrow({ where: { id: picked.id } })).featuredAt).toEqual(
      row.featuredAt,
    );
    const queue = await listCommentQueue(temp.db, moderator, { status: "approved", page: 1 });
    expect(queue.comments.find((comment) => comment.id === picked.id)?.featuredAt).toEqual(row.featuredAt);

    expect(await moderateComments(temp.db, moderator, { ids: [picked.id], action: "unfeature" })).toEqual({
      changed: 1,
      unread: 0,
      storyIds: [storyId],
    });
    expect(await temp.db.comment.findUniqueOrThrow({ where: { id: picked.id } })).toMatchObject({
      status: "approved",
      featuredAt: null,
    });
    expect(await temp.db.commentReport.count({ where: { commentId: picked.id } })).toBe(1);
  });

  it("features nothing for someone signed out", async () => {
    const c = await held("approved");
    await expect(moderateComments(temp.db, null, { ids: [c.id], action: "feature" })).rejects.toThrow(
      Refusal,
    );
    expect((await temp.db.comment.findUniqueOrThrow({ where: { id: c.id } })).featuredAt).toBeNull();
  });
});
