// The loopback SMTP sink (lib/testing/smtp-sink.ts), counting each Message-ID it receives,
// that can be taken down and brought back on the same port, as an SMTP server's outage.
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import type { Database } from "../../../lib/database/create-client";
import { startSmtpSink } from "../../../lib/testing/smtp-sink";

type Sink = Awaited<ReturnType<typeof startSmtpSink>>;

export type MailCounter = {
  url: string;
  /** Brings the SMTP server up on its port (again). */
  up: () => Promise<void>;
  /** Closes it: connections to its port are then refused, as when an SMTP server is down. */
  down: () => Promise<void>;
  /** How often each Message-ID arrived, over every time the server was up. */
  counts: () => Map<string, number>;
};

/** A port nothing listens on right now, for a server that must come back on the same one. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Message-IDs without their angle brackets, as the outbox and mailparser may differ on them. */
export const bareMessageId = (id: string) => id.trim().replace(/^<|>$/g, "");

export async function mailCounter(): Promise<MailCounter> {
  const port = await freePort();
  let sink: Sink | undefined;
  const earlier: string[] = [];
  return {
    url: `smtp://127.0.0.1:${port}`,
    up: async () => {
      sink ??= await startSmtpSink(port);
    },
    down: async () => {
      if (!sink) return;
      const closing = sink;
      sink = undefined;
      await closing.stop();
      earlier.push(...closing.received.map((r) => bareMessageId(r.mail.messageId ?? "(none)")));
    },
    counts: () => {
      const counts = new Map<string, number>();
      const now = sink?.received.map((r) => bareMessageId(r.mail.messageId ?? "(none)")) ?? [];
      for (const id of [...earlier, ...now]) counts.set(id, (counts.get(id) ?? 0) + 1);
      return counts;
    },
  };
}

export type DeliveryCheck = {
  figures: Record<string, string | number>;
  /** Outbox rows sent whose Message-ID never arrived, arrived twice, or mail no row names. */
  problems: string[];
};

/** The outbox's rows against what the sink received: each sent row arrived, exactly once. */
export async function checkDelivery(
  db: Database,
  counts: Map<string, number>,
  expected: number,
): Promise<DeliveryCheck> {
  const rows = await db.outboxMessage.findMany({ select: { messageId: true, status: true, attempts: true } });
  const byStatus = (status: string) => rows.filter((row) => row.status === status).length;
  const ids = new Set(rows.map((row) => bareMessageId(row.messageId)));
  const received = [...counts.values()].reduce((sum, n) => sum + n, 0);
  const twice = [...counts.values()].filter((n) => n > 1).length;
  const unknown = [...counts.keys()].filter((id) => !ids.has(id)).length;
  const lost = rows.filter(
    (row) => row.status === "sent" && !counts.has(bareMessageId(row.messageId)),
  ).length;
  const attempts = new Map<number, number>();
  for (const row of rows) attempts.set(row.attempts, (attempts.get(row.attempts) ?? 0) + 1);
  const problems: string[] = [];
  if (byStatus("sent") !== expected) problems.push(`${byStatus("sent")} outbox rows sent, not ${expected}`);
  if (counts.size !== expected)
    problems.push(`${counts.size} distinct Message-IDs received, not ${expected}`);
  if (twice) problems.push(`${twice} Message-IDs arrived more than once`);
  if (unknown) problems.push(`${unknown} received messages match no outbox row`);
  if (lost) problems.push(`${lost} rows marked sent never arrived`);
  return {
    figures: {
      "outbox sent / queued / failed": `${byStatus("sent")} / ${byStatus("queued")} / ${byStatus("failed")}`,
      "messages received": received,
      "distinct Message-IDs": counts.size,
      "attempts per row": [...attempts]
        .sort(([a], [b]) => a - b)
        .map(([n, count]) => `${n}: ×${count}`)
        .join(", "),
    },
    problems,
  };
}
