import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Refusal } from "../errors";
import { refusalCode } from "../testing/expect-refusal";
import { seedDemoContent } from "../import/seed-demo-content";
import { createLimiter, takePoint } from "../rate-limit/limiter";
import { COMMENT_SETTINGS_KEY } from "../settings/comment-settings";
import {
  createTemporaryDatabase,
  postgresAnswers,
  type TemporaryDatabase,
} from "../testing/temporary-database";
import { commentInput, type CommentInput } from "../validation/comment";
import { createComment, type PostingContext } from "./create-comment";
import { mintFormToken } from "./form-token";

const providers = ["sqlite", ...((await postgresAnswers()) ? ["postgresql" as const] : [])] as const;
const secret = "t".repeat(32);
const now = new Date("2026-11-28T12:00:00Z");
const token = (storyId: number) => mintFormToken(storyId, secret, now.getTime() - 10_000);
const anyone: PostingContext["takeTurn"] = async () => true;

describe.each(providers)("createComment on %s", (provider) => {
  let temp: TemporaryDatabase;
  let seedStory: number;
  let closedStory: number;
  let demoComment: number;
  let counter = 0;

  const input = (overrides: Partial<Record<string, unknown>> = {}): CommentInput =>
    commentInput.parse({
      storyId: seedStory,
      comment: `A fresh thought number ${++counter}.`,
      name: "Ada",
      email: `ada${counter}@example.com`,
      formToken: token(Number(overrides.storyId ?? seedStory)),
      ...overrides,
    });
  const post = (data: CommentInput, ctx: Partial<PostingContext> = {}) =>
    createComment(temp.db, data, {
      ip: `198.51.100.${counter % 250}`,
      secret,
      takeTurn: anyone,
      now,
      ...ctx,
    });

  beforeAll(async () => {
    temp = await createTemporaryDatabase(provider);
    await seedDemoContent(temp.db);
    const story = (slug: string) => temp.db.article.findUniqueOrThrow({ where: { slug } }).then((s) => s.id);
    seedStory = await story("no-progress-as-kerry-lavrov-meet-on-syria-us");
    closedStory = await story("river-ferry-returns-after-summer-of-low-water");
    demoComment = (
      await temp.db.comment.findFirstOrThrow({ where: { authorEmail: "marta.sample@example.com" } })
    ).id;
  });
  afterAll(async () => {
    await temp?.drop();
  });

  it("holds a first-time commenter's comment and stores the rule that held it", async () => {
    const posted = await post(input());
    expect(posted).toMatchObject({ status: "pending", reason: "first-comment", depth: 1 });
    const row = await temp.db.comment.findUniqueOrThrow({ where: { id: posted.id } });
    expect(row).toMatchObject({ status: "pending", moderationReason: "first-comment" });
  });

  it("approves a commenter whose email already has an approved comment", async () => {
    const posted = await post(input({ email: "marta.sample@example.com" }));
    expect(posted).toMatchObject({ status: "approved", reason: "known-commenter" });
  });

  it("stores the ask for reply emails with the comment, and a known commenter's reply emails its confirmed parent author", async () => {
    const mail = { siteUrl: "https://news.example", siteName: "Dateline", mailFrom: "news@example.com" };
    const asker = await post(input({ notify: "on", email: "asker@example.com" }), { replyMail: mail });
    const row = await temp.db.comment.findUniqueOrThrow({ where: { id: asker.id } });
    expect(row.notifyReplies).toBe(true);
    expect(await temp.db.outboxMessage.count({ where: { toAddress: "asker@example.com" } })).toBe(1);
    await temp.db.replyNotifyAddress.update({
      where: { email: "asker@example.com" },
      data: { confirmedAt: now },
    });
    await temp.db.comment.update({ where: { id: asker.id }, data: { status: "approved" } });
    const reply = await post(input({ email: "marta.sample@example.com", parentId: String(asker.id) }), {
      replyMail: mail,
    });
    expect(reply.status).toBe("approved");
    const emails = await temp.db.outboxMessage.findMany({
      where: { toAddress: "asker@example.com" },
      orderBy: { id: "asc" },
    });
    expect(emails.map((email) => email.subject)).toEqual([
      "Confirm reply emails from Dateline",
      "Ada replied to your comment on “‘No progress’ as Kerry, Lavrov meet on Syria: US”",
    ]);
    // Unticked: nothing asked, nothing sent.
    const quiet = await post(input({ email: "quiet@example.com" }), { replyMail: mail });
    expect((await temp.db.comment.findUniqueOrThrow({ where: { id: quiet.id } })).notifyReplies).toBe(false);
    expect(await temp.db.outboxMessage.count({ where: { toAddress: "quiet@example.com" } })).toBe(0);
  });

  it("holds a comment written under a staff member's address, even after that person has replied as staff", async () => {
    const staff = await temp.db.user.create({
      data: {
        id: `staff-${provider}`,
        name: "Erika Editor",
        email: "erika.editor@example.com",
        role: "editor",
      },
    });
    await temp.db.comment.create({
      data: {
        articleId: seedStory,
        authorName: staff.name,
        authorEmail: staff.email,
        body: "From the newsroom: we have corrected the date.",
        status: "approved",
        moderationReason: "newsroom",
        ip: "127.0.0.1",
        fingerprint: `staff-reply-${provider}`,
        staffUserId: staff.id,
      },
    });
    const posted = await post(input({ email: "Erika.Editor@example.com", name: "Erika Editor" }));
    expect(posted).toMatchObject({ status: "pending", reason: "staff-address" });
  });

  it("threads a reply one level below its parent", async () => {
    const posted = await post(input({ parentId: demoComment }));
    expect(posted.depth).toBe(2);
  });

  it("applies the newsroom's settings: spam words, hold words, links", async () => {
    await temp.db.setting.create({
      data: {
        key: COMMENT_SETTINGS_KEY,
        value: JSON.stringify({ disallowedWords: ["casino"], holdWords: ["aleppo"] }),
      },
    });
    try {
      const known = { email: "marta.sample@example.com" };
      expect((await post(input({ ...known, comment: "Visit my casino" }))).reason).toBe("disallowed-word");
      expect((await post(input({ ...known, comment: "What now for Aleppo?" }))).reason).toBe("hold-word");
      expect((await post(input({ ...known, comment: "https://a.example https://b.example" }))).reason).toBe(
        "links",
      );
      const spam = await temp.db.comment.findFirstOrThrow({ where: { moderationReason: "disallowed-word" } });
      expect(spam.status).toBe("spam");
    } finally {
      await temp.db.setting.delete({ where: { key: COMMENT_SETTINGS_KEY } });
    }
  });

  it("holds comments sent with a forged or missing form token, and refuses ones sent too fast", async () => {
    expect((await post(input({ formToken: "1.forged" }))).reason).toBe("form-token-forged");
    expect((await post(input({ formToken: "" }))).reason).toBe("form-token-missing");
    const quick = mintFormToken(seedStory, secret, now.getTime() - 1_000);
    expect(await refusalCode(post(input({ formToken: quick })))).toBe("submitted-too-fast");
  });

  it("refuses bots that fill the honeypot, and stores nothing", async () => {
    const before = await temp.db.comment.count();
    expect(await refusalCode(post(input({ homepage: "http://spam.example" })))).toBe("rejected-as-bot");
    expect(await temp.db.comment.count()).toBe(before);
  });

  it("refuses closed stories, missing stories, foreign parents and replies past depth 5", async () => {
    expect(await refusalCode(post(input({ storyId: closedStory })))).toBe("comments-closed");
    expect(await refusalCode(post(input({ storyId: 999_999 })))).toBe("story-not-found");
    const otherStoryComment = await temp.db.comment.findFirstOrThrow({
      where: { authorEmail: "lea.sample@example.com" },
    });
    expect(await refusalCode(post(input({ parentId: otherStoryComment.id })))).toBe("reply-target-invalid");

    let parent = demoComment;
    for (let depth = 2; depth <= 5; depth++) {
      parent = (await post(input({ parentId: parent, email: "marta.sample@example.com" }))).id;
    }
    expect(await refusalCode(post(input({ parentId: parent })))).toBe("reply-too-deep");
  });

  it("closes comments automatically N days after publication when the setting says so", async () => {
    await temp.db.setting.create({
      data: { key: COMMENT_SETTINGS_KEY, value: JSON.stringify({ autoCloseDays: 30 }) },
    });
    try {
      expect(await refusalCode(post(input()))).toBe("comments-closed"); // the seed story is from 2016
    } finally {
      await temp.db.setting.delete({ where: { key: COMMENT_SETTINGS_KEY } });
    }
  });

  it("refuses a duplicate, also when both arrive at the same moment", async () => {
    const data = input();
    const withNewToken = () => ({ ...data, formToken: token(seedStory) });
    await post(data);
    expect(await refusalCode(post(withNewToken()))).toBe("duplicate-comment");

    const twin = input();
    const twins = [twin, { ...twin, formToken: token(seedStory) }, { ...twin, formToken: token(seedStory) }];
    const results = await Promise.allSettled(twins.map((copy) => post(copy)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await temp.db.comment.count({ where: { body: twin.comment } })).toBe(1);
  });

  it("takes a form token once from one client: a replay is refused, also when the copies arrive at once", async () => {
    const client = { ip: "203.0.113.50" };
    const first = input();
    await post(first, client);
    const replay = { ...input(), formToken: first.formToken };
    expect(await refusalCode(post(replay, client))).toBe("form-used");
    // A whole IPv6 /64 is one client.
    const v6 = input();
    await post(v6, { ip: "2001:db8:9:9::1" });
    expect(await refusalCode(post({ ...input(), formToken: v6.formToken }, { ip: "2001:db8:9:9::2" }))).toBe(
      "form-used",
    );
    expect(await temp.db.comment.count({ where: { body: replay.comment } })).toBe(0);

    const shared = token(seedStory);
    const copies = Array.from({ length: 10 }, () => ({ ...input(), formToken: shared }));
    const results = await Promise.allSettled(copies.map((copy) => post(copy, client)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = await Promise.all(
      results.flatMap((r) => (r.status === "rejected" ? [refusalCode(Promise.reject(r.reason))] : [])),
    );
    expect(new Set(refused)).toEqual(new Set(["form-used"]));
  });

  it("lets each reader of a cached page post once with the token printed in it", async () => {
    const printed = token(seedStory);
    const readers = ["192.0.2.201", "192.0.2.202", "2001:db8:aa::1"];
    for (const ip of readers) {
      expect(await post({ ...input(), formToken: printed }, { ip })).toMatchObject({ status: "pending" });
    }
  });

  it("lets one comment of twenty simultaneous ones from one address through the flood limit", async () => {
    const limiter = createLimiter({
      keyPrefix: `flood-${provider}-${Date.now()}`,
      points: 1,
      durationSeconds: 15,
    });
    const takeTurn = async (ip: string, email: string) =>
      (await takePoint(limiter, `ip:${ip}`)) === "allowed" &&
      (await takePoint(limiter, `email:${email}`)) === "allowed";
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => post(input(), { ip: "203.0.113.7", takeTurn })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const codes = results.flatMap((r) => (r.status === "rejected" ? [(r.reason as Refusal).code] : []));
    expect(new Set(codes)).toEqual(new Set(["posting-too-quickly"]));
    expect(await temp.db.comment.count({ where: { ip: "203.0.113.7" } })).toBe(1);
  });

  it("stores exactly 200 comments posted by 20 parallel clients, none lost or doubled", async () => {
    const before = await temp.db.comment.count({ where: { articleId: seedStory } });
    const client = async (c: number) => {
      for (let i = 0; i < 10; i++) {
        await post(input({ comment: `Client ${c}, comment ${i}.`, email: `client${c}@example.com` }), {
          ip: `192.0.2.${c}`,
        });
      }
    };
    await Promise.all(Array.from({ length: 20 }, (_, c) => client(c)));
    const stored = await temp.db.comment.findMany({
      where: { articleId: seedStory, body: { startsWith: "Client " } },
    });
    expect(stored).toHaveLength(200);
    expect(new Set(stored.map((s) => s.body)).size).toBe(200);
    expect(await temp.db.comment.count({ where: { articleId: seedStory } })).toBe(before + 200);
  });
});

describe("newsroom notices", () => {
  let temp: TemporaryDatabase;
  let storyId: number;
  beforeAll(async () => {
    temp = await createTemporaryDatabase("sqlite");
    await seedDemoContent(temp.db);
    storyId = (
      await temp.db.article.findUniqueOrThrow({
        where: { slug: "no-progress-as-kerry-lavrov-meet-on-syria-us" },
      })
    ).id;
  });
  afterAll(async () => {
    await temp?.drop();
  });

  const post = (email: string, comment: string, newsroom?: PostingContext["newsroom"]) =>
    createComment(
      temp.db,
      commentInput.parse({ storyId, comment, name: "Ada", email, formToken: token(storyId) }),
      { ip: "198.51.100.9", secret, takeTurn: anyone, now, newsroom },
    );
  const newsroom = {
    email: "desk@news.example",
    mailFrom: "Dateline <news@dateline.test>",
    siteUrl: "https://news.example",
  };

  it("puts an email to the newsroom in the outbox with each held or new comment", async () => {
    const held = await post("new.reader@example.com", "A first thought.", newsroom);
    const notice = await temp.db.outboxMessage.findFirstOrThrow({
      where: { toAddress: "desk@news.example" },
    });
    expect(notice.subject).toBe(
      "Comment awaiting moderation on “‘No progress’ as Kerry, Lavrov meet on Syria: US”",
    );
    expect(notice.text).toContain("Status: pending (rule: first-comment)");
    expect(notice.text).toContain("Author: Ada <new.reader@example.com>");
    expect(notice.text).toContain("A first thought.");
    expect(notice.status).toBe("queued");

    await post("marta.sample@example.com", "An approved thought.", newsroom);
    const approved = await temp.db.outboxMessage.findFirstOrThrow({
      where: { subject: { startsWith: "New comment on" } },
    });
    expect(approved.text).toMatch(/\/world\/no-progress-as-kerry-lavrov-meet-on-syria-us\/comment\/\d+$/m);
    expect(held.status).toBe("pending");
  });

  it("sends nothing when no newsroom address is configured", async () => {
    const before = await temp.db.outboxMessage.count();
    await post("another.reader@example.com", "Quiet thought.");
    expect(await temp.db.outboxMessage.count()).toBe(before);
  });
});
