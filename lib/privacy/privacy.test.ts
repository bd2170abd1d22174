import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTemporaryDatabase,
  postgresAnswers,
  type TemporaryDatabase,
} from "../testing/temporary-database";
import { ERASED_NAME, REMOVED_TEXT, erasePerson } from "./erase-person";
import { exportPerson } from "./export-person";
import { forgetOldAddresses } from "./forget-old-addresses";
import { confirmReplyEmails, queueReplyNotice, requestReplyEmails } from "../comments/reply-emails";

const providers = ["sqlite", ...((await postgresAnswers()) ? ["postgresql" as const] : [])] as const;
const day = 24 * 60 * 60 * 1000;
const now = new Date("2026-12-03T12:00:00Z");

describe.each(providers)("privacy on %s", (provider) => {
  let temp: TemporaryDatabase;
  let articleId: number;
  let n = 0;

  beforeAll(async () => {
    temp = await createTemporaryDatabase(provider);
    const section = await temp.db.section.create({ data: { slug: "world", name: "World" } });
    articleId = (
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
  });
  afterAll(async () => {
    await temp?.drop();
  });

  const comment = (
    email: string,
    data: { createdAt?: Date; parentId?: number; body?: string; notifyReplies?: boolean } = {},
  ) =>
    temp.db.comment.create({
      data: {
        articleId,
        parentId: data.parentId ?? null,
        depth: data.parentId ? 2 : 1,
        authorName: `Name ${++n}`,
        authorEmail: email,
        authorUrl: "https://example.com/me",
        body: data.body ?? `Text ${n}`,
        status: "approved",
        moderationReason: "known-commenter",
        ip: "192.0.2.7",
        fingerprint: `f-${n}`,
        createdAt: data.createdAt ?? now,
        notifyReplies: data.notifyReplies ?? false,
      },
    });
  const share = async (
    from: string,
    to: string,
    { status = "sent", createdAt = now }: { status?: "queued" | "sent"; createdAt?: Date } = {},
  ) => {
    const row = await temp.db.share.create({
      data: {
        articleId,
        senderName: "Sender",
        senderEmail: from,
        recipientEmail: to,
        message: "Read this",
        blockToken: `token-${++n}`,
        ip: "198.51.100.9",
        createdAt,
      },
    });
    await temp.db.outboxMessage.create({
      data: {
        shareId: row.id,
        toAddress: to,
        fromAddress: "Dateline <no-reply@localhost>",
        replyTo: from,
        subject: "Sender sent you a story",
        text: "Read this",
        html: "<p>Read this</p>",
        messageId: `<m-${n}@test>`,
        status,
      },
    });
    return row.id;
  };
  const notice = (
    text: string,
    { status = "queued", createdAt = now }: { status?: "queued" | "sent"; createdAt?: Date } = {},
  ) =>
    temp.db.outboxMessage.create({
      data: {
        toAddress: "desk@example.com",
        fromAddress: "Dateline <no-reply@localhost>",
        subject: "New comment",
        // The shape of lib/comments/newsroom-notice.ts: the Author line second, the comment last.
        text: `Status: pending (rule: first-comment)\n${text}`,
        html: "",
        messageId: `<m-${++n}@test>`,
        status,
        createdAt,
      },
    });

  it("erases IP addresses past the retention period, once, and keeps the rest", async () => {
    const old = await comment("old@example.com", { createdAt: new Date(now.getTime() - 31 * day) });
    const recent = await comment("recent@example.com", { createdAt: new Date(now.getTime() - 29 * day) });
    const oldShare = await share("old@example.com", "f@example.com", {
      createdAt: new Date(now.getTime() - 40 * day),
    });

    const oldNotice = await notice("Author: Old <old@example.com>\nAddress: 192.0.2.7", {
      status: "sent",
      createdAt: new Date(now.getTime() - 31 * day),
    });
    const waiting = await notice("Author: Old <old@example.com>", {
      createdAt: new Date(now.getTime() - 31 * day),
    });
    const recentNotice = await notice("Author: New <new@example.com>", { status: "sent" });

    const reportOn = (createdAt: Date, key: string) =>
      temp.db.commentReport.create({
        data: { commentId: recent.id, reason: "spam", reporterKey: key, createdAt },
      });
    await reportOn(new Date(now.getTime() - 31 * day), "old-reader");
    await reportOn(now, "new-reader");
    // Asked for reply emails and never confirmed: a typed address nobody vouched for goes.
    const asked = (
      email: string,
      createdAt: Date,
      confirmedAt: Date | null = null,
      confirmationSentAt = createdAt,
    ) =>
      temp.db.replyNotifyAddress.create({
        data: { email, token: `t-${email}`, createdAt, confirmedAt, confirmationSentAt },
      });
    await asked("never@example.com", new Date(now.getTime() - 31 * day));
    await asked("confirmed@example.com", new Date(now.getTime() - 31 * day), now);
    await asked("lately@example.com", now);
    // Stopped long ago, asked again today: today's link must still work.
    await asked("again@example.com", new Date(now.getTime() - 90 * day), null, now);
    expect(await forgetOldAddresses(temp.db, 30, now)).toEqual({
      comments: 1,
      shares: 1,
      notices: 1,
      reports: 1,
      unconfirmedReplyAddresses: 1,
    });
    expect(
      (await temp.db.replyNotifyAddress.findMany({ orderBy: { email: "asc" } })).map((row) => row.email),
    ).toEqual(["again@example.com", "confirmed@example.com", "lately@example.com"]);
    expect(await temp.db.commentReport.findMany({ select: { reporterKey: true } })).toEqual([
      { reporterKey: "new-reader" },
    ]);
    expect(await forgetOldAddresses(temp.db, 30, now)).toEqual({
      comments: 0,
      shares: 0,
      notices: 0,
      reports: 0,
      unconfirmedReplyAddresses: 0,
    });
    const notices = await temp.db.outboxMessage.findMany({ where: { shareId: null }, select: { id: true } });
    expect(notices.map((row) => row.id)).toEqual([waiting.id, recentNotice.id]);
    expect(notices.map((row) => row.id)).not.toContain(oldNotice.id);
    // Share emails are kept with their share (the friend's refusal link needs the share).
    expect(await temp.db.outboxMessage.count({ where: { shareId: oldShare } })).toBe(1);
    const [oldAfter, recentAfter] = await Promise.all([
      temp.db.comment.findUniqueOrThrow({ where: { id: old.id } }),
      temp.db.comment.findUniqueOrThrow({ where: { id: recent.id } }),
    ]);
    expect(oldAfter).toMatchObject({
      ip: "",
      moderationReason: "known-commenter",
      authorEmail: "old@example.com",
    });
    expect(recentAfter.ip).toBe("192.0.2.7");
    expect((await temp.db.share.findUniqueOrThrow({ where: { id: oldShare } })).ip).toBe("");
  });

  it("exports what is stored under an address, whatever the letter case it was typed in", async () => {
    const own = await comment("ann_lee@example.com");
    const sent = await share("Ann_Lee@example.com", "friend@example.com");
    const received = await share("bob@example.com", "ANN_LEE@example.com");
    await notice(`Author: Ann <ann_lee@example.com>\nText`);
    // Bob quoting her address in his comment does not make his notice hers.
    await notice(`Author: Bob <bob@example.com>\nAddress: 192.0.2.9\n\nWrite to Ann <ann_lee@example.com>`);
    // Not hers: LIKE's _ would match any character if the address were not escaped.
    await comment("annxlee@example.com");
    await notice(`Author: X <annxlee@example.com>`);

    const data = await exportPerson(temp.db, "  Ann_Lee@Example.com ", now);
    expect(data.email).toBe("ann_lee@example.com");
    expect(data.comments.map((c) => c.id)).toEqual([own.id]);
    expect(data.comments[0]).toMatchObject({
      ip: "192.0.2.7",
      story: { slug: "ferry" },
      authorUrl: "https://example.com/me",
    });
    expect(data.sharesSent.map((s) => s.id)).toEqual([sent]);
    expect(data.sharesSent[0]).toMatchObject({
      recipientEmail: "friend@example.com",
      message: "Read this",
      email: { status: "sent" },
    });
    expect(data.sharesReceived.map((s) => s.id)).toEqual([received]);
    // The sender of a share received keeps their own address and IP.
    expect(data.sharesReceived[0]).not.toHaveProperty("senderEmail");
    expect(data.sharesReceived[0]).not.toHaveProperty("ip");
    expect(data.newsroomEmailsNamingYou.map((e) => e.text)).toEqual([
      "Status: pending (rule: first-comment)\nAuthor: Ann <ann_lee@example.com>\nText",
    ]);
    expect(data.refusesSharedStories).toBe(false);
    expect(data.staffAccount).toBeNull();
  });

  it("erases a person: comments anonymised (text kept or removed), shares dropped or emptied, others untouched", async () => {
    const email = "cara@example.com";
    const first = await comment(email);
    const reply = await comment("dan@example.com", { parentId: first.id });
    const second = await comment(email, { parentId: first.id });
    const queued = await share(email, "friend@example.com", { status: "queued" });
    const sent = await share(email, "friend@example.com");
    const received = await share("dan@example.com", "Cara@example.com");
    const danShare = await share("dan@example.com", "friend@example.com");
    await notice(`Author: Cara <cara@example.com>`);
    await temp.db.shareBlock.create({ data: { email } });
    // Her replies from the newsroom, as a member of staff, are not hers to erase as a reader.
    const staffUser = await temp.db.user.create({
      data: { id: "cara", name: "Cara", email, role: "editor" },
    });
    const staffReply = await temp.db.comment.update({
      where: { id: (await comment(email, { parentId: reply.id })).id },
      data: { staffUserId: staffUser.id },
    });
    // A share email a worker is sending now cannot be stopped: it counts as sent.
    const sending = await share(email, "friend2@example.com", { status: "queued" });
    await temp.db.outboxMessage.updateMany({
      where: { shareId: sending },
      data: { lockedUntil: new Date(now.getTime() + 60_000), lockedBy: "worker" },
    });

    const report = await erasePerson(temp.db, "CARA@example.com", { removeText: false }, now);
    expect(report).toMatchObject({
      email,
      commentsAnonymised: 2,
      commentTextsRemoved: 0,
      sharesDropped: 1,
      sharesAnonymised: 2,
      sharesReceivedDeleted: 1,
      newsroomEmailsDeleted: 1,
      refusalKept: true,
      staffAccount: true,
    });
    expect(report.paths).toContain("/world/ferry");
    const erased = await temp.db.comment.findUniqueOrThrow({ where: { id: first.id } });
    expect(erased).toMatchObject({
      authorName: ERASED_NAME,
      authorEmail: "",
      authorUrl: null,
      ip: "",
      fingerprint: `erased:${first.id}`,
      body: first.body,
      status: "approved",
    });
    // Replies to an erased comment stay where they were.
    expect(await temp.db.comment.findUniqueOrThrow({ where: { id: reply.id } })).toMatchObject({
      parentId: first.id,
      authorEmail: "dan@example.com",
    });
    expect(await temp.db.share.findUnique({ where: { id: queued } })).toBeNull();
    expect(await temp.db.share.findUniqueOrThrow({ where: { id: sent } })).toMatchObject({
      senderName: "",
      senderEmail: "",
      message: null,
      ip: "",
      recipientEmail: "friend@example.com",
    });
    expect(await temp.db.outboxMessage.count({ where: { shareId: sent } })).toBe(0);
    expect(await temp.db.share.findUnique({ where: { id: received } })).toBeNull();
    expect(await temp.db.share.findUniqueOrThrow({ where: { id: sending } })).toMatchObject({
      senderEmail: "",
    });
    expect(await temp.db.comment.findUniqueOrThrow({ where: { id: staffReply.id } })).toMatchObject({
      authorEmail: email,
      authorName: staffReply.authorName,
    });
    expect(await temp.db.share.findUnique({ where: { id: danShare } })).not.toBeNull();
    expect(await temp.db.outboxMessage.count({ where: { shareId: danShare } })).toBe(1);
    expect(await temp.db.shareBlock.findUnique({ where: { email } })).not.toBeNull();
    expect(await exportPerson(temp.db, email, now)).toMatchObject({
      comments: [],
      sharesSent: [],
      sharesReceived: [],
      newsroomEmailsNamingYou: [],
      refusesSharedStories: true,
    });

    // The text goes too when asked; erasing again finds nothing more.
    const third = await comment(email, { body: "Something I regret" });
    await erasePerson(temp.db, email, { removeText: true }, now);
    expect((await temp.db.comment.findUniqueOrThrow({ where: { id: third.id } })).body).toBe(REMOVED_TEXT);
    expect((await temp.db.comment.findUniqueOrThrow({ where: { id: second.id } })).authorName).toBe(
      ERASED_NAME,
    );
    expect(await erasePerson(temp.db, email, { removeText: false }, now)).toMatchObject({
      commentsAnonymised: 0,
    });
  });

  it("exports and erases a person's reply emails: the request, whether confirmed, and the emails sent", async () => {
    const email = "rita@example.com";
    const mail = { siteUrl: "https://news.example", siteName: "Dateline", mailFrom: "news@example.com" };
    await temp.db.$transaction((tx) => requestReplyEmails(tx, email, mail, now));
    const { token } = await temp.db.replyNotifyAddress.findUniqueOrThrow({ where: { email } });
    await confirmReplyEmails(temp.db, token, now);
    const parent = await comment(email, { notifyReplies: true });
    const reply = await comment("fred@example.com", { parentId: parent.id });
    await temp.db.$transaction((tx) => queueReplyNotice(tx, reply.id, mail, now));

    const data = await exportPerson(temp.db, email, now);
    expect(data.replyEmails).toMatchObject({ confirmedAt: now, stoppedAt: null });
    expect(data.replyEmails).not.toHaveProperty("token");
    expect(data.replyEmailsSentToYou.map((e) => e.subject)).toEqual([
      "Confirm reply emails from Dateline",
      expect.stringMatching(/ replied to your comment on /),
    ]);
    expect(data.comments[0]).toMatchObject({ notifyReplies: true });

    expect(await erasePerson(temp.db, email, { removeText: false }, now)).toMatchObject({
      replyEmailsStopped: true,
      replyEmailsDeleted: 2,
    });
    expect(await temp.db.replyNotifyAddress.count({ where: { email } })).toBe(0);
    expect(await temp.db.outboxMessage.count({ where: { toAddress: email } })).toBe(0);
    expect(await temp.db.comment.findUniqueOrThrow({ where: { id: parent.id } })).toMatchObject({
      notifyReplies: false,
    });
    expect(await exportPerson(temp.db, email, now)).toMatchObject({
      replyEmails: null,
      replyEmailsSentToYou: [],
    });

    // Fred's reply is quoted in the email to Sam: erasing Fred deletes it too (a queued one is never sent).
    const other = await comment("sam@example.com", { notifyReplies: true });
    await temp.db.replyNotifyAddress.create({
      data: { email: "sam@example.com", token: "t-sam", confirmedAt: now },
    });
    const fredAgain = await comment("fred@example.com", { parentId: other.id });
    await temp.db.$transaction((tx) => queueReplyNotice(tx, fredAgain.id, mail, now));
    const quoting = (await exportPerson(temp.db, "fred@example.com", now)).replyEmailsQuotingYou;
    expect(quoting).toHaveLength(1);
    expect(quoting[0]).not.toHaveProperty("text"); // it holds Sam's stop link
    expect(await erasePerson(temp.db, "fred@example.com", { removeText: true }, now)).toMatchObject({
      replyEmailsDeleted: 1,
    });
    expect(await temp.db.outboxMessage.count({ where: { toAddress: "sam@example.com" } })).toBe(0);
  });

  it.runIf(provider === "sqlite")(
    "runs as npm run privacy: usage errors, export as JSON, erase with a report",
    async () => {
      const run = (...args: string[]) =>
        promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/privacy.ts", ...args], {
          env: { ...process.env, DATABASE_URL: temp.url, SITE_URL: "http://127.0.0.1:9" },
        });
      await expect(run("export", "--email", "not-an-address")).rejects.toMatchObject({
        code: 2,
        stderr: expect.stringContaining("--email: Enter an email address like name@example.com."),
      });
      await expect(run("shred", "--email", "eve@example.com")).rejects.toMatchObject({ code: 2 });
      await expect(run("erase", "--email", "eve@example.com", "--remove-txt")).rejects.toMatchObject({
        code: 2,
        stderr: expect.stringContaining("usage: npm run privacy"),
      });
      await comment("eve@example.com", { body: "Eve was here" });

      const exported = JSON.parse((await run("export", "--email", "eve@example.com")).stdout);
      expect(exported.comments.map((c: { body: string }) => c.body)).toEqual(["Eve was here"]);
      const erased = await run("erase", "--email", "eve@example.com", "--remove-text");
      expect(erased.stdout).toContain("erased eve@example.com:");
      expect(erased.stdout).toContain(
        "1 comment now shown as Anonymous, without a website; address and IP erased; text removed from 1 comment",
      );
      expect(JSON.parse((await run("export", "--email", "eve@example.com")).stdout).comments).toEqual([]);
    },
    // Four CLI processes, each loading TypeScript: about 5 s alone, over 30 s on a busy two-core machine.
    120_000,
  );
});
