import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishDueStories } from "../articles/publish-due-stories";
import type { Staff } from "../auth/roles";
import { addStoryNote } from "../corrections/add-story-note";
import { Refusal } from "../errors";
import { saveStory } from "../import/save-story";
import { editCommentText, moderateComments, replyAsNewsroom } from "../newsroom/moderate-comments";
import { saveCommentSettings } from "../newsroom/save-comment-settings";
import { saveNewsroomStory } from "../newsroom/save-newsroom-story";
import { restoreRevision } from "../newsroom/story-history";
import { erasePerson } from "../privacy/erase-person";
import { exportPersonLogged } from "../privacy/export-person";
import { commentSettings } from "../settings/comment-settings";
import { saveSitePage } from "../site-pages/site-pages";
import {
  createTemporaryDatabase,
  postgresAnswers,
  type TemporaryDatabase,
} from "../testing/temporary-database";
import { listAuditEvents } from "./audit-log";
import { createStaffAccounts, editorInput } from "../testing/newsroom-fixtures";

const providers = ["sqlite", ...((await postgresAnswers()) ? ["postgresql" as const] : [])] as const;
const admin: Staff = { id: "audit-a", name: "Ada Admin", email: "ada@example.com", role: "admin" };
const editor: Staff = { id: "audit-e", name: "Eda Editor", email: "eda@example.com", role: "editor" };
const at = (minutes: number) => new Date(Date.UTC(2026, 11, 3, 9, minutes));

const story = (overrides: Parameters<typeof editorInput>[0] = {}) =>
  editorInput({ headline: "Port strike ends", tags: [], body: "Words.", ...overrides });

describe.each(providers)("the audit log on %s", (provider) => {
  let temp: TemporaryDatabase;
  const log = async (
    filter: { kind?: "story" | "comment" | "staff" | "privacy" | "settings"; who?: string } = {},
  ) =>
    (
      await listAuditEvents(temp.db, admin, { kind: filter.kind ?? null, who: filter.who ?? null, page: 1 })
    ).lines.map((line) => [line.who, line.action, line.summary]);

  beforeAll(async () => {
    temp = await createTemporaryDatabase(provider);
    await temp.db.section.create({ data: { slug: "world", name: "World" } });
    await createStaffAccounts(temp.db, admin, editor);
  });
  afterAll(async () => {
    await temp?.drop();
  });

  it("records who saved, published, corrected and restored a story, newest first, and nothing refused", async () => {
    const draft = await saveNewsroomStory(temp.db, editor, story(), "draft", at(0));
    const out = await saveNewsroomStory(
      temp.db,
      editor,
      story({ id: draft.id, revision: draft.revision }),
      "publish",
      at(1),
    );
    await addStoryNote(
      temp.db,
      editor,
      { storyId: draft.id, kind: "correction", text: "A name was wrong." },
      at(2),
    );
    await restoreRevision(temp.db, admin, { storyId: draft.id, number: 1, revision: out.revision }, at(3));
    // Refused (a stale revision): no line.
    await expect(
      saveNewsroomStory(
        temp.db,
        editor,
        story({ id: draft.id, revision: draft.revision }),
        "unpublish",
        at(4),
      ),
    ).rejects.toThrow(new Refusal("story-conflict"));
    expect(await log({ kind: "story" })).toEqual([
      ["Ada Admin", "Restored a revision", "Port strike ends (from revision 1)"],
      ["Eda Editor", "Added a correction", "Port strike ends: A name was wrong."],
      ["Eda Editor", "Published or updated", "Port strike ends"],
      ["Eda Editor", "Saved a draft", "Port strike ends"],
    ]);
  });

  it("records imports and scheduled publishing once, under the server's own names", async () => {
    await saveStory(
      temp.db,
      {
        ...story({ slug: "imported", headline: "Imported story", section: "World" }),
        publishedAt: at(5),
        updatedAt: null,
      } as never,
      at(5),
    );
    const scheduled = await saveNewsroomStory(
      temp.db,
      editor,
      story({ headline: "Later", publishAt: at(30) }),
      "schedule",
      at(5),
    );
    await Promise.all([publishDueStories(temp.db, at(31)), publishDueStories(temp.db, at(31))]);
    const lines = await log({ who: "Scheduled publishing" });
    expect(lines).toEqual([["Scheduled publishing", "Published at its scheduled time", "Later"]]);
    expect(await log({ who: "Command line" })).toEqual([["Command line", "Imported", "Imported story"]]);
    expect((await temp.db.article.findUniqueOrThrow({ where: { id: scheduled.id } })).status).toBe(
      "published",
    );
  });

  it("records moderation one line per comment, by id and story, with no commenter's name or address", async () => {
    const articleId = (await temp.db.article.findFirstOrThrow({ where: { headline: "Imported story" } })).id;
    const comments = await Promise.all(
      [1, 2].map((n) =>
        temp.db.comment.create({
          data: {
            articleId,
            authorName: `Reader Ruth ${n}`,
            authorEmail: `ruth${n}@example.com`,
            body: `Comment ${n}`,
            status: "pending",
            moderationReason: "first-comment",
            ip: "192.0.2.1",
            fingerprint: `audit-${provider}-${n}`,
          },
        }),
      ),
    );
    const [a, b] = comments.map((comment) => comment.id) as [number, number];
    await moderateComments(temp.db, editor, { ids: [a, b], action: "approve" });
    await editCommentText(temp.db, admin, { id: a, text: "Edited text" });
    await replyAsNewsroom(temp.db, admin, { parentId: a, text: "Thank you." });
    // Nothing applies (already approved): no line.
    await moderateComments(temp.db, editor, { ids: [b], action: "restore" });
    const lines = await log({ kind: "comment" });
    expect(lines.map(([who, action]) => `${who}: ${action}`)).toEqual([
      "Ada Admin: Replied as the newsroom",
      "Ada Admin: Edited a comment",
      "Eda Editor: Approved a comment",
      "Eda Editor: Approved a comment",
    ]);
    expect(lines[1]![2]).toBe(`comment ${a} on “Imported story”`);
    expect(JSON.stringify(lines)).not.toMatch(/Ruth|ruth/);
    // The moderator's own filter.
    expect((await log({ kind: "comment", who: editor.id })).length).toBe(2);
  });

  it("records settings, pages and privacy requests, the person's address masked, and keeps every line when an account goes", async () => {
    await saveCommentSettings(temp.db, admin, commentSettings.parse({}));
    await saveSitePage(temp.db, admin, "about", { title: "About us", body: "We report." }, at(40));
    await exportPersonLogged(temp.db, admin, "ruth1@example.com");
    await erasePerson(temp.db, "ruth1@example.com", { removeText: false, by: admin });
    expect(await log({ kind: "privacy" })).toEqual([
      ["Ada Admin", "Erased a person", "r•••@example.com: 1 comment, 0 shares"],
      ["Ada Admin", "Exported a person's data", "r•••@example.com"],
    ]);
    expect((await log({ kind: "settings" })).map(([, action]) => action)).toEqual(
      expect.arrayContaining(["Changed the comment settings", "Saved a site page"]),
    );
    const everything = JSON.stringify(await temp.db.auditEvent.findMany());
    expect(everything).not.toContain("ruth1@example.com");

    const before = await temp.db.auditEvent.count({ where: { actorName: "Eda Editor" } });
    await temp.db.user.delete({ where: { id: editor.id } });
    expect(await temp.db.auditEvent.count({ where: { actorName: "Eda Editor" } })).toBe(before);
    expect(before).toBeGreaterThan(0);
  });

  it("is for admins only", async () => {
    await expect(listAuditEvents(temp.db, editor, { kind: null, who: null, page: 1 })).rejects.toThrow(
      new Refusal("forbidden"),
    );
    await expect(listAuditEvents(temp.db, null, { kind: null, who: null, page: 1 })).rejects.toThrow(
      new Refusal("signed-out"),
    );
  });
});
