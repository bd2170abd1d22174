import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { moderateComments, replyAsNewsroom } from "../newsroom/moderate-comments";
import {
  createTemporaryDatabase,
  postgresAnswers,
  type TemporaryDatabase,
} from "../testing/temporary-database";
import {
  REPLY_EMAILS_PER_DAY,
  confirmReplyEmails,
  getReplyEmailAddress,
  queueReplyNotice,
  requestReplyEmails,
  stopReplyEmails,
} from "./reply-emails";

const providers = ["sqlite", ...((await postgresAnswers()) ? ["postgresql" as const] : [])] as const;
const mail = {
  siteUrl: "https://news.example",
  siteName: "Dateline",
  mailFrom: "Dateline <news@example.com>",
};
const now = new Date("2026-12-03T12:00:00Z");
const later = (hours: number) => new Date(now.getTime() + hours * 3600_000);
const editor = { id: "e", name: "Eda Editor", email: "eda@news.example", role: "editor" as const };

describe.each(providers)("reply emails on %s", (provider) => {
  let temp: TemporaryDatabase;
  let storyId: number;
  let n = 0;

  beforeAll(async () => {
    temp = await createTemporaryDatabase(provider);
    const section = await temp.db.section.create({ data: { slug: "world", name: "World" } });
    storyId = (
      await temp.db.article.create({
        data: {
          slug: "ferry",
          headline: "Ferry returns",
          body: "B",
          place: "Kiel",
          agency: "DPA",
          sectionId: section.id,
          status: "published",
          publishedAt: now,
          updatedAt: now,
        },
      })
    ).id;
    await temp.db.user.create({
      data: { id: editor.id, name: editor.name, email: editor.email, role: "editor" },
    });
  });
  beforeEach(async () => {
    await temp.db.outboxMessage.deleteMany();
    await temp.db.replyNotifyAddress.deleteMany();
    await temp.db.shareBlock.deleteMany();
  });
  afterAll(async () => {
    await temp?.drop();
  });

  const comment = async (
    email: string,
    {
      parentId = null,
      status = "approved",
      notify = false,
    }: { parentId?: number | null; status?: "approved" | "pending"; notify?: boolean } = {},
  ) =>
    (
      await temp.db.comment.create({
        data: {
          articleId: storyId,
          parentId,
          depth: parentId === null ? 1 : 2,
          authorName: email.split("@")[0]!,
          authorEmail: email,
          body: `Text ${++n}`,
          status,
          moderationReason: "known-commenter",
          ip: "192.0.2.1",
          fingerprint: `f-${n}`,
          notifyReplies: notify,
        },
      })
    ).id;
  const request = (email: string, at = now) =>
    temp.db.$transaction((tx) => requestReplyEmails(tx, email, mail, at));
  const notice = (replyId: number, at = now) =>
    temp.db.$transaction((tx) => queueReplyNotice(tx, replyId, mail, at));
  const outbox = () => temp.db.outboxMessage.findMany({ orderBy: { id: "asc" } });
  const confirmed = async (email: string) => {
    await request(email);
    const { token } = await temp.db.replyNotifyAddress.findUniqueOrThrow({ where: { email } });
    expect(await confirmReplyEmails(temp.db, token, now)).toBe(true);
    await temp.db.outboxMessage.deleteMany();
    return token;
  };

  it("asks a new address to confirm, once a day however often it is typed, in any letter case", async () => {
    await request("Ada@Example.com");
    await request("ada@example.com", later(2));
    const [email, ...more] = await outbox();
    expect(more).toEqual([]);
    expect(email).toMatchObject({
      toAddress: "ada@example.com",
      subject: "Confirm reply emails from Dateline",
    });
    const { token } = await temp.db.replyNotifyAddress.findUniqueOrThrow({
      where: { email: "ada@example.com" },
    });
    expect(email!.text).toContain(`https://news.example/replies/confirm/${token}`);
    expect(email!.html).toContain(`https://news.example/replies/confirm/${token}`);
    await request("ada@example.com", later(25));
    expect(await outbox()).toHaveLength(2);
  });

  it("sends nothing to a confirmed address, nor to one that refused shares", async () => {
    await confirmed("bea@example.com");
    await request("bea@example.com", later(48));
    await temp.db.shareBlock.create({ data: { email: "cy@example.com" } });
    await request("cy@example.com");
    expect(await outbox()).toEqual([]);
    expect(await temp.db.replyNotifyAddress.count({ where: { email: "cy@example.com" } })).toBe(0);
  });

  it("emails a confirmed parent author once per reply, with the reply and a stop link", async () => {
    const token = await confirmed("dee@example.com");
    const parent = await comment("dee@example.com", { notify: true });
    const reply = await comment("eli@example.com", { parentId: parent });
    await notice(reply);
    await notice(reply, later(1));
    const [email, ...more] = await outbox();
    expect(more).toEqual([]);
    expect(email).toMatchObject({
      toAddress: "dee@example.com",
      subject: "eli replied to your comment on “Ferry returns”",
    });
    expect(email!.text).toContain(`Text ${n}`);
    expect(email!.text).toContain(`https://news.example/world/ferry/comment/${reply}`);
    expect(email!.text).toContain(`https://news.example/replies/stop/${token}`);
    expect(email!.messageId).toMatch(/^<reply\./);
  });

  it("tells nobody who did not ask, did not confirm, stopped, refused shares or answered themselves", async () => {
    const cases: Array<[string, (email: string) => Promise<unknown>]> = [
      ["unasked@example.com", (email) => confirmed(email)],
      ["unconfirmed@example.com", (email) => request(email)],
      ["stopped@example.com", async (email) => stopReplyEmails(temp.db, await confirmed(email), now)],
      [
        "blocked@example.com",
        async (email) => {
          await confirmed(email);
          await temp.db.shareBlock.create({ data: { email } });
        },
      ],
      ["self@example.com", (email) => confirmed(email)],
    ];
    for (const [email, prepare] of cases) {
      await prepare(email);
      await temp.db.outboxMessage.deleteMany();
      const parent = await comment(email, { notify: email !== "unasked@example.com" });
      await notice(
        await comment(email === "self@example.com" ? "SELF@example.com" : "other@example.com", {
          parentId: parent,
        }),
      );
      expect(await outbox(), email).toEqual([]);
    }
  });

  it("sends a pending reply nothing until it is approved, then once, through moderation", async () => {
    await confirmed("fay@example.com");
    const parent = await comment("fay@example.com", { notify: true });
    const reply = await comment("gus@example.com", { parentId: parent, status: "pending" });
    await notice(reply);
    expect(await outbox()).toEqual([]);
    await moderateComments(temp.db, editor, { ids: [reply], action: "approve" }, mail);
    await moderateComments(temp.db, editor, { ids: [reply], action: "trash" }, mail);
    await moderateComments(temp.db, editor, { ids: [reply], action: "restore" }, mail);
    await moderateComments(temp.db, editor, { ids: [reply], action: "approve" }, mail);
    expect((await outbox()).map((email) => email.toAddress)).toEqual(["fay@example.com"]);
  });

  it("emails the newsroom's reply too", async () => {
    await confirmed("hal@example.com");
    const parent = await comment("hal@example.com", { notify: true });
    await replyAsNewsroom(temp.db, editor, { parentId: parent, text: "Thank you, corrected." }, mail);
    const [email] = await outbox();
    expect(email?.subject).toBe("Eda Editor replied to your comment on “Ferry returns”");
  });

  it(`sends at most ${REPLY_EMAILS_PER_DAY} reply emails to one address in a day`, async () => {
    await confirmed("ivy@example.com");
    const parent = await comment("ivy@example.com", { notify: true });
    for (let i = 0; i < REPLY_EMAILS_PER_DAY + 2; i++)
      await notice(await comment(`r${i}@example.com`, { parentId: parent }));
    expect(await outbox()).toHaveLength(REPLY_EMAILS_PER_DAY);
  });

  it("knows only its own tokens, and a stop lasts until the owner confirms again", async () => {
    expect(await getReplyEmailAddress(temp.db, "x".repeat(32))).toBeNull();
    expect(await getReplyEmailAddress(temp.db, "../../etc")).toBeNull();
    expect(await confirmReplyEmails(temp.db, "y".repeat(32))).toBe(false);
    const token = await confirmed("jo@example.com");
    expect(await getReplyEmailAddress(temp.db, token)).toEqual({ email: "jo@example.com", confirmed: true });
    await stopReplyEmails(temp.db, token, now);
    expect(await getReplyEmailAddress(temp.db, token)).toEqual({ email: "jo@example.com", confirmed: false });
    await request("jo@example.com", later(25)); // ticked again: a new confirmation
    expect(await outbox()).toHaveLength(1);
  });
});
