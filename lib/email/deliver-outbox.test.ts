import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtpSink } from "../testing/smtp-sink";
import {
  createTemporaryDatabase,
  postgresAnswers,
  type TemporaryDatabase,
} from "../testing/temporary-database";
import { deliverDueMessages, retryDelayMs } from "./deliver-outbox";
import { smtpTransport } from "./outbox-worker";

const providers = ["sqlite", ...((await postgresAnswers()) ? ["postgresql" as const] : [])] as const;

describe("retryDelayMs", () => {
  it("doubles from 30 s with ±20 % jitter, capped at an hour", () => {
    expect(retryDelayMs(1, () => 0.5)).toBe(30_000);
    expect(retryDelayMs(3, () => 0.5)).toBe(120_000);
    expect(retryDelayMs(1, () => 0)).toBe(24_000);
    expect(retryDelayMs(1, () => 1)).toBe(36_000);
    expect(retryDelayMs(20, () => 0.5)).toBe(3_600_000);
  });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe.each(providers)("the outbox worker on %s, against a real SMTP server", (provider) => {
  let temp: TemporaryDatabase;
  let n = 0;

  beforeAll(async () => {
    temp = await createTemporaryDatabase(provider);
  });
  afterAll(async () => {
    await temp?.drop();
  });

  const queue = (to = `friend${++n}@example.com`) =>
    temp.db.outboxMessage.create({
      data: {
        toAddress: to,
        fromAddress: "Dateline <news@dateline.test>",
        replyTo: "sender@example.com",
        subject: `Ada sent you: story ${n}`,
        text: `text ${n}`,
        html: `<p>html ${n}</p>`,
        messageId: `<test.${provider}.${n}.${Date.now()}@dateline.test>`,
        nextAttemptAt: new Date("2026-01-01T00:00:00Z"),
      },
    });
  const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 0, minutes));

  it("delivers a queued message once, to exactly its one recipient, and marks it sent", async () => {
    const sink = await startSmtpSink();
    try {
      const row = await queue();
      const report = await deliverDueMessages(temp.db, smtpTransport(sink.url), {
        workerId: "w1",
        now: at(1),
      });
      expect(report).toEqual({ sent: 1, retried: 0, failed: 0 });
      expect(sink.received).toHaveLength(1);
      const [got] = sink.received;
      expect(got!.envelope.to).toEqual([row.toAddress]);
      expect(got!.mail.messageId).toBe(row.messageId);
      expect(got!.mail.replyTo?.text).toBe("sender@example.com");
      expect((await temp.db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("sent");

      await deliverDueMessages(temp.db, smtpTransport(sink.url), { workerId: "w2", now: at(60) });
      expect(sink.received).toHaveLength(1);
    } finally {
      await sink.stop();
    }
  });

  it("retries after a 421 with backoff, then delivers", async () => {
    const sink = await startSmtpSink();
    try {
      const row = await queue();
      sink.answers.push({ code: 421, message: "Try again later" });
      expect(
        await deliverDueMessages(temp.db, smtpTransport(sink.url), {
          workerId: "w1",
          now: at(2),
          random: () => 0.5,
        }),
      ).toEqual({
        sent: 0,
        retried: 1,
        failed: 0,
      });
      const waiting = await temp.db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } });
      expect(waiting).toMatchObject({ status: "queued", attempts: 1 });
      expect(waiting.nextAttemptAt.getTime() - at(2).getTime()).toBe(30_000);
      expect(waiting.lastError).toMatch(/421|Try again later/);

      // Not yet due: nothing happens.
      expect(
        (await deliverDueMessages(temp.db, smtpTransport(sink.url), { workerId: "w1", now: at(2) })).sent,
      ).toBe(0);
      expect(
        (await deliverDueMessages(temp.db, smtpTransport(sink.url), { workerId: "w1", now: at(3) })).sent,
      ).toBe(1);
      expect(sink.received).toHaveLength(1);
    } finally {
      await sink.stop();
    }
  });

  it("stops at a 550 and keeps the server's answer", async () => {
    const sink = await startSmtpSink();
    try {
      const row = await queue();
      sink.answers.push({ code: 550, message: "No such mailbox" });
      expect(
        (await deliverDueMessages(temp.db, smtpTransport(sink.url), { workerId: "w1", now: at(5) })).failed,
      ).toBe(1);
      const failed = await temp.db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } });
      expect(failed).toMatchObject({ status: "failed", attempts: 1 });
      expect(failed.lastError).toMatch(/550|No such mailbox/);
      await deliverDueMessages(temp.db, smtpTransport(sink.url), { workerId: "w1", now: at(600) });
      expect(sink.received).toHaveLength(0);
    } finally {
      await sink.stop();
    }
  });

  it("keeps mail while the server is down and delivers all of it exactly once when it is back", async () => {
    await temp.db.outboxMessage.updateMany({ where: { status: "queued" }, data: { status: "failed" } });
    const port = await freePort();
    const rows = await Promise.all([queue(), queue(), queue()]);
    const transport = smtpTransport(`smtp://127.0.0.1:${port}`);
    expect(await deliverDueMessages(temp.db, transport, { workerId: "w1", now: at(10) })).toEqual({
      sent: 0,
      retried: 3,
      failed: 0,
    });

    const sink = await startSmtpSink(port);
    try {
      const report = await deliverDueMessages(temp.db, transport, { workerId: "w1", now: at(30) });
      expect(report.sent).toBe(3);
      expect(sink.received.map((r) => r.envelope.to[0]).sort()).toEqual(rows.map((r) => r.toAddress).sort());
      await deliverDueMessages(temp.db, transport, { workerId: "w1", now: at(90) });
      expect(sink.received).toHaveLength(3);
    } finally {
      await sink.stop();
    }
  });

  it("retries through a days-long outage, and gives up only on mail five days old after five tries", async () => {
    await temp.db.outboxMessage.updateMany({ where: { status: "queued" }, data: { status: "failed" } });
    const transport = smtpTransport(`smtp://127.0.0.1:${await freePort()}`);
    const day = 24 * 60 * 60_000;
    const aged = async (days: number, attempts: number) => {
      const row = await queue();
      await temp.db.outboxMessage.update({
        where: { id: row.id },
        data: { createdAt: new Date(at(0).getTime() - days * day), attempts },
      });
      return row.id;
    };
    const ids = [
      await aged(4, 20), // four days into an outage: still trying
      await aged(5, 4), // five days old, fifth try fails: given up
      await aged(5, 0), // five days old but just retried from the newsroom: a few more tries
    ];
    expect(await deliverDueMessages(temp.db, transport, { workerId: "w1", now: at(0) })).toEqual({
      sent: 0,
      retried: 2,
      failed: 1,
    });
    const rows = await temp.db.outboxMessage.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
    expect(rows.map((row) => row.status)).toEqual(["queued", "failed", "queued"]);
    await temp.db.outboxMessage.updateMany({ where: { id: { in: ids } }, data: { status: "failed" } });
  });

  it("takes back a row whose worker died after its lease, and never while the lease runs", async () => {
    const sink = await startSmtpSink();
    try {
      const row = await queue();
      // Worker "dead" claimed the row at minute 40 and was killed before sending.
      await temp.db.outboxMessage.update({
        where: { id: row.id },
        data: { lockedBy: "dead", lockedUntil: at(42) },
      });
      expect(
        (await deliverDueMessages(temp.db, smtpTransport(sink.url), { workerId: "w2", now: at(41) })).sent,
      ).toBe(0);
      expect(
        (await deliverDueMessages(temp.db, smtpTransport(sink.url), { workerId: "w2", now: at(43) })).sent,
      ).toBe(1);
      expect(sink.received.filter((r) => r.envelope.to[0] === row.toAddress)).toHaveLength(1);
    } finally {
      await sink.stop();
    }
  });

  it("lets only one of several workers racing for the same rows send each of them", async () => {
    const sink = await startSmtpSink();
    try {
      const rows = await Promise.all(Array.from({ length: 6 }, () => queue()));
      const reports = await Promise.all(
        ["a", "b", "c"].map((w) =>
          deliverDueMessages(temp.db, smtpTransport(sink.url), { workerId: w, now: at(50) }),
        ),
      );
      expect(reports.reduce((sum, r) => sum + r.sent, 0)).toBe(6);
      const delivered = sink.received.map((r) => r.envelope.to[0]);
      expect(delivered.sort()).toEqual(rows.map((r) => r.toAddress).sort());
    } finally {
      await sink.stop();
    }
  });

  it("never lets a worker whose lease ran out overwrite what the worker that took the row over wrote", async () => {
    const sink = await startSmtpSink();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // The first worker's SMTP server stalls past the lease, then refuses for now.
    const stalling = {
      sendMail: async () => {
        await gate;
        throw Object.assign(new Error("421 try again later"), { responseCode: 421 });
      },
    };
    try {
      const row = await queue();
      const slow = deliverDueMessages(temp.db, stalling, { workerId: "slow", now: at(70), leaseMs: 60_000 });
      await expect
        .poll(async () => (await temp.db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).lockedBy)
        .toBe("slow");
      const taken = await deliverDueMessages(temp.db, smtpTransport(sink.url), {
        workerId: "fast",
        now: at(72),
      });
      expect(taken.sent).toBe(1);
      release();
      await slow;

      const stored = await temp.db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } });
      expect(stored.status).toBe("sent");
      expect(stored.lastError).toBeNull();
      expect(sink.received.filter((r) => r.envelope.to[0] === row.toAddress)).toHaveLength(1);
    } finally {
      release();
      await sink.stop();
    }
  });

  /** A transport whose server answers only when released: a conversation that outlasts its lease. */
  const stalledServer = () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const accepted: string[] = [];
    const transport = {
      sendMail: async (mail: { to: string }) => {
        await gate;
        accepted.push(mail.to);
        return {};
      },
    };
    return { transport, accepted, release };
  };

  const slowWorkerHolds = (rowId: number) =>
    expect
      .poll(async () => (await temp.db.outboxMessage.findUniqueOrThrow({ where: { id: rowId } })).lockedBy)
      .toBe("slow");

  it("keeps the taking-over worker's record when a worker whose lease ran out is accepted late", async () => {
    const sink = await startSmtpSink();
    const stalled = stalledServer();
    try {
      const row = await queue();
      const slow = deliverDueMessages(temp.db, stalled.transport, {
        workerId: "slow",
        now: at(100),
        leaseMs: 60_000,
      });
      await slowWorkerHolds(row.id);
      const taken = await deliverDueMessages(temp.db, smtpTransport(sink.url), {
        workerId: "fast",
        now: at(102),
      });
      expect(taken.sent).toBe(1);
      const recorded = await temp.db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } });
      // sentAt is the clock's time: let it move on before the slow worker's server answers.
      await new Promise((resolve) => setTimeout(resolve, 20));
      stalled.release();
      await slow;

      expect(stalled.accepted).toEqual([row.toAddress]);
      expect(await temp.db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toEqual(recorded);
    } finally {
      stalled.release();
      await sink.stop();
    }
  });

  it("marks a row sent when a late worker's copy is accepted after the taking-over worker's try failed, so it is not sent again", async () => {
    const sink = await startSmtpSink();
    const stalled = stalledServer();
    try {
      const row = await queue();
      const slow = deliverDueMessages(temp.db, stalled.transport, {
        workerId: "slow",
        now: at(110),
        leaseMs: 60_000,
      });
      await slowWorkerHolds(row.id);
      sink.answers.push({ code: 421, message: "Try again later" });
      const taken = await deliverDueMessages(temp.db, smtpTransport(sink.url), {
        workerId: "fast",
        now: at(112),
      });
      expect(taken.retried).toBe(1);
      stalled.release();
      await slow;

      const stored = await temp.db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } });
      expect(stored).toMatchObject({ status: "sent", attempts: 2, lastError: null, lockedUntil: null });
      await deliverDueMessages(temp.db, smtpTransport(sink.url), { workerId: "fast", now: at(200) });
      expect(stalled.accepted).toEqual([row.toAddress]);
      expect(sink.received.filter((r) => r.envelope.to[0] === row.toAddress)).toHaveLength(0);
    } finally {
      stalled.release();
      await sink.stop();
    }
  });
});
