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
    let started = 0;
    let inFlight: () => void = () => {};
    const thirdInFlight = new Promise<void>((resolve) => (inFlight = resolve));
    const sink = await startSmtpSink(0, {
      acceptAfterMs: 400,
      onDataStart: () => {
        if (++started === 3) inFlight();
      },
    });
    try {
      const worker = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
        env: { ...process.env, DATABASE_URL: temp.url, SMTP_URL: sink.url },
        stdio: "ignore",
      });
      await thirdInFlight; // two accepted, the third being received
      worker.kill("SIGKILL");
      await new Promise((resolve) => worker.once("exit", resolve));
      expect(sink.received).toHaveLength(2);

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
