import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtpSink } from "../testing/smtp-sink";
import { createTemporaryDatabase, type TemporaryDatabase } from "../testing/temporary-database";
import { deliverDueMessages } from "./deliver-outbox";
import { smtpTransport } from "./outbox-worker";

describe("npm run worker, killed in the middle of a batch", () => {
  let temp: TemporaryDatabase;
  beforeAll(async () => {
    temp = await createTemporaryDatabase("sqlite");
  });
  afterAll(async () => {
    await temp?.drop();
  });

  it("loses nothing and sends nothing twice: another worker finishes after the lease", async () => {
    const recipients = Array.from({ length: 5 }, (_, i) => `killed${i}@example.com`);
    for (const [i, to] of recipients.entries()) {
      await temp.db.outboxMessage.create({
        data: {
          toAddress: to,
          fromAddress: "Dateline <news@dateline.test>",
          subject: `story ${i}`,
          text: "t",
          html: "<p>t</p>",
          messageId: `<killed.${i}@dateline.test>`,
        },
      });
    }
    // The third message is held before its recipient is answered, so no byte of it has been
    // delivered when the worker dies. (Killed after its final dot, a message would arrive even
    // though the worker never heard the answer: SMTP cannot tell that apart, RFC 1047.)
    let recipientsAsked = 0;
    let thirdHeld: () => void = () => {};
    const third = new Promise<void>((resolve) => (thirdHeld = resolve));
    const sink = await startSmtpSink(0, {
      beforeRecipient: () => {
        if (++recipientsAsked !== 3) return Promise.resolve();
        thirdHeld();
        return new Promise<void>(() => {}); // never answered: its client is killed
      },
    });
    try {
      const worker = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
        env: { ...process.env, DATABASE_URL: temp.url, SMTP_URL: sink.url },
        stdio: "ignore",
      });
      await third; // two accepted, the third in the middle of its conversation
      worker.kill("SIGKILL");
      await new Promise((resolve) => worker.once("exit", resolve));
      expect(sink.received).toHaveLength(2);
      expect(await temp.db.outboxMessage.count({ where: { status: "sent" } })).toBe(2);

      // The dead worker's claim blocks the row until its lease ends, then it is taken again.
      const afterLease = new Date(Date.now() + 5 * 60_000);
      const report = await deliverDueMessages(temp.db, smtpTransport(sink.url), {
        workerId: "rescuer",
        now: afterLease,
      });
      expect(report.sent).toBe(3);
      expect(sink.received.map((r) => r.envelope.to[0]).sort()).toEqual([...recipients].sort());
      expect(await temp.db.outboxMessage.count({ where: { status: "sent" } })).toBe(5);
    } finally {
      await sink.stop();
    }
  }, 60_000);
});
