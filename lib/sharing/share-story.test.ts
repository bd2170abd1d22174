import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mintFormToken } from "../comments/form-token";
import { BLOCKED_RECIPIENT_NOTE, deliverDueMessages } from "../email/deliver-outbox";
import { smtpTransport } from "../email/outbox-worker";
import { Refusal } from "../errors";
import { refusalCode } from "../testing/expect-refusal";
import { seedDemoContent } from "../import/seed-demo-content";
import { startSmtpSink } from "../testing/smtp-sink";
import {
  createTemporaryDatabase,
  postgresAnswers,
  type TemporaryDatabase,
} from "../testing/temporary-database";
import { shareInput } from "../validation/share";
import { createShareLimiters, takeShareTurn } from "./share-limits";
import { blockRecipient } from "./block-recipient";
import { shareStory, type SharingContext } from "./share-story";

const providers = ["sqlite", ...((await postgresAnswers()) ? ["postgresql" as const] : [])] as const;
const secret = "u".repeat(32);
const now = new Date("2026-11-28T12:00:00Z");

describe.each(providers)("shareStory on %s", (provider) => {
  let temp: TemporaryDatabase;
  let storyId: number;
  let n = 0;

  const context = (overrides: Partial<SharingContext> = {}): SharingContext => ({
    ip: `192.0.2.${++n % 250}`,
    secret,
    siteUrl: "https://news.example",
    siteName: "Dateline",
    mailFrom: "Dateline <news@dateline.test>",
    takeTurn: async () => true,
    now,
    ...overrides,
  });
  const input = (overrides: Record<string, unknown> = {}) =>
    shareInput.parse({
      storyId,
      recipient: `friend${++n}@example.com`,
      senderName: "Ada",
      senderEmail: "ada@example.com",
      message: "Thought of you.",
      formToken: mintFormToken(storyId, secret, now.getTime() - 10_000),
      ...overrides,
    });

  beforeAll(async () => {
    temp = await createTemporaryDatabase(provider);
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

  it("writes the share and its email to the outbox together, sending nothing itself", async () => {
    const data = input();
    await shareStory(temp.db, data, context());
    const share = await temp.db.share.findFirstOrThrow({
      where: { recipientEmail: data.recipient },
      include: { outbox: true },
    });
    expect(share.outbox).toMatchObject({
      status: "queued",
      toAddress: data.recipient,
      replyTo: "ada@example.com",
      fromAddress: "Dateline <news@dateline.test>",
      subject: "Ada sent you: ‘No progress’ as Kerry, Lavrov meet on Syria: US",
    });
    expect(share.outbox?.text).toContain(
      "https://news.example/world/no-progress-as-kerry-lavrov-meet-on-syria-us",
    );
    expect(share.outbox?.text).toContain("Hamburg / AFP");
    expect(share.outbox?.text).toContain("> Thought of you.");
    expect(share.outbox?.text).toContain(`https://news.example/share/block/${share.blockToken}`);
  });

  it("honours a recipient's block before anything is written", async () => {
    const data = input();
    await temp.db.shareBlock.create({ data: { email: data.recipient } });
    expect(await refusalCode(shareStory(temp.db, data, context()))).toBe("recipient-blocked");
    expect(await temp.db.share.count({ where: { recipientEmail: data.recipient } })).toBe(0);
  });

  it("counts and blocks a recipient whatever the letter case of their address", async () => {
    const limiters = createShareLimiters();
    const ctx = () => context({ takeTurn: (t) => takeShareTurn(limiters, t) });
    const results = [];
    for (const recipient of ["Case@Example.com", "case@example.com", "CASE@example.com", "cAsE@example.com"])
      results.push(
        await shareStory(temp.db, input({ recipient }), ctx()).then(
          () => "sent",
          (e: Refusal) => e.code,
        ),
      );
    expect(results).toEqual(["sent", "sent", "sent", "too-many-shares"]);

    const share = await temp.db.share.findFirstOrThrow({ where: { recipientEmail: "Case@example.com" } });
    expect(await blockRecipient(temp.db, share.blockToken)).toBe(true);
    expect(await refusalCode(shareStory(temp.db, input({ recipient: "CASE@EXAMPLE.COM" }), context()))).toBe(
      "recipient-blocked",
    );
  });

  it("does not send a queued share to an address that blocked shares after it was queued", async () => {
    await temp.db.outboxMessage.updateMany({ where: { status: "queued" }, data: { status: "failed" } });
    const data = input({ recipient: "Later.Blocker@example.com" });
    await shareStory(temp.db, data, context());
    const earlier = await shareStory(temp.db, input({ recipient: "later.blocker@example.com" }), context());
    expect(earlier.recipient).toBe("later.blocker@example.com");
    const share = await temp.db.share.findFirstOrThrow({
      where: { recipientEmail: "later.blocker@example.com" },
    });
    await blockRecipient(temp.db, share.blockToken);

    const sink = await startSmtpSink();
    try {
      const report = await deliverDueMessages(temp.db, smtpTransport(sink.url), {
        workerId: "t",
        now: new Date(now.getTime() + 1000),
      });
      expect(report).toEqual({ sent: 0, retried: 0, failed: 2 });
      expect(sink.received).toHaveLength(0);
      const rows = await temp.db.outboxMessage.findMany({
        where: {
          share: { recipientEmail: { in: ["Later.Blocker@example.com", "later.blocker@example.com"] } },
        },
      });
      expect(rows.map((row) => [row.status, row.lastError])).toEqual([
        ["failed", BLOCKED_RECIPIENT_NOTE],
        ["failed", BLOCKED_RECIPIENT_NOTE],
      ]);
    } finally {
      await sink.stop();
    }
  });

  it("refuses bots, hurried forms and expired forms", async () => {
    expect(await refusalCode(shareStory(temp.db, input({ homepage: "x" }), context()))).toBe(
      "rejected-as-bot",
    );
    const quick = mintFormToken(storyId, secret, now.getTime() - 1000);
    expect(await refusalCode(shareStory(temp.db, input({ formToken: quick }), context()))).toBe(
      "submitted-too-fast",
    );
    expect(await refusalCode(shareStory(temp.db, input({ formToken: "1.x" }), context()))).toBe(
      "form-expired",
    );
  });

  it("sends once per form token: a replayed token is refused and nothing more is queued", async () => {
    const first = input();
    await shareStory(temp.db, first, context({ ip: "203.0.113.60" }));
    const replay = input({ formToken: first.formToken });
    expect(await refusalCode(shareStory(temp.db, replay, context({ ip: "203.0.113.60" })))).toBe("form-used");
    expect(await temp.db.share.count({ where: { recipientEmail: replay.recipient } })).toBe(0);
  });

  it("enforces 5 an hour per address, 3 a day per recipient and one story per recipient, atomically", async () => {
    const limiters = createShareLimiters();
    const ctx = context({ ip: "203.0.113.50", takeTurn: (turn) => takeShareTurn(limiters, turn) });
    const sends = await Promise.allSettled(
      Array.from({ length: 8 }, () => shareStory(temp.db, input(), ctx)),
    );
    expect(sends.filter((s) => s.status === "fulfilled")).toHaveLength(5);
    expect(await temp.db.share.count({ where: { ip: "203.0.113.50" } })).toBe(5);

    const friend = "popular@example.com";
    const results = [];
    for (let i = 0; i < 4; i++) {
      results.push(
        await shareStory(
          temp.db,
          input({ recipient: friend }),
          context({ takeTurn: (t) => takeShareTurn(limiters, t) }),
        ).then(
          () => "sent",
          (e: Refusal) => e.code,
        ),
      );
    }
    expect(results).toEqual(["sent", "sent", "sent", "too-many-shares"]);

    const again = context({ ip: "203.0.113.60", takeTurn: (t) => takeShareTurn(limiters, t) });
    await shareStory(temp.db, input({ recipient: "once@example.com" }), again);
    expect(await refusalCode(shareStory(temp.db, input({ recipient: "once@example.com" }), again))).toBe(
      "too-many-shares",
    );
  });

  it("lets no injection through: every hostile input is refused or arrives as one message to one recipient", async () => {
    const hostile = [
      { recipient: "victim@example.com\r\nBcc: all@example.com" },
      { recipient: "victim@example.com, other@example.com" },
      { recipient: '"evil"@example.com' },
      { recipient: "victim@example.com (comment)" },
      { recipient: "victim@exаmple.com" }, // Cyrillic а
      { senderEmail: "ada@example.com\nBcc: all@example.com" },
      { senderName: "Ada\r\nBcc: all@example.com" },
      { senderName: "Visit www.spam.example" },
      { senderName: "x".repeat(1_000_000) },
      { message: "Buy now https://spam.example" },
      { message: "x".repeat(1_000_000) },
      { recipient: `${"a".repeat(1_000_000)}@example.com` },
      { senderEmail: `${"a".repeat(1_000_000)}@example.com` },
      { recipient: "victim@例え.jp" }, // a Unicode domain: only its xn-- form is taken
      { recipient: "victim@example.com\u2028Bcc: all@example.com" },
      { senderName: "Ada\u2028Bcc: all@example.com" },
      { message: "a1.".repeat(330_000) }, // would make the link pattern backtrack for minutes
      { senderName: "a1.".repeat(330_000) },
    ];
    for (const change of hostile) {
      const parsed = shareInput.safeParse({
        ...input(),
        ...change,
        storyId,
        formToken: mintFormToken(storyId, secret, now.getTime() - 10_000),
      });
      expect(parsed.success, JSON.stringify(change).slice(0, 80)).toBe(false);
    }

    // What is allowed is delivered harmlessly: line breaks in the message fold into spaces.
    const sink = await startSmtpSink();
    try {
      await temp.db.outboxMessage.updateMany({ where: { status: "queued" }, data: { status: "failed" } });
      const data = input({
        senderName: "Ada <script>",
        message: "Line one\r\nBcc: someone\r\n\r\nLine two",
      });
      await shareStory(temp.db, data, context());
      await deliverDueMessages(temp.db, smtpTransport(sink.url), {
        workerId: "t",
        now: new Date(now.getTime() + 1000),
      });
      expect(sink.received).toHaveLength(1);
      const [mail] = sink.received;
      expect(mail!.envelope.to).toEqual([data.recipient]);
      expect(mail!.mail.bcc).toBeUndefined();
      expect(mail!.mail.cc).toBeUndefined();
      expect(mail!.raw).not.toMatch(/^bcc:/im);
      expect(mail!.mail.subject).toBe(
        "Ada <script> sent you: ‘No progress’ as Kerry, Lavrov meet on Syria: US",
      );
      expect(mail!.mail.text).toContain("> Line one Bcc: someone Line two");
      expect(mail!.mail.html).toContain("Ada &lt;script&gt; wrote:");
      expect(mail!.mail.html).not.toContain("<script>");
    } finally {
      await sink.stop();
    }
  });
});
