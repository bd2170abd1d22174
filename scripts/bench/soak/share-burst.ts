// Soak (b): one client sends many shares at the same moment; the sender's hourly limit must
// let exactly that many through, and exactly that many emails must arrive.
import { SHARE_RULES } from "../../../lib/sharing/share-limits";
import { checkDelivery, mailCounter } from "./mail-counter";
import {
  startScenario,
  Tally,
  waitUntil,
  sleep,
  withSeededDatabase,
  type ScenarioResult,
  type SoakContext,
} from "./soak-run";
import { postForm } from "./story-forms";

/** Long enough for the worker (every 2 s) to have sent anything it was going to send. */
const SETTLE_MS = 6_000;

/**
 * Every share goes to a recipient of its own, so only the sender's own limit (5 an hour per
 * address) can refuse them, and it must refuse all but five however many arrive at once.
 */
export async function soakShareBurst(
  ctx: SoakContext,
  { shares }: { shares: number },
): Promise<ScenarioResult> {
  const limit = Math.min(shares, SHARE_RULES.perIpHour.points);
  const counter = await mailCounter();
  await counter.up();
  try {
    return await withSeededDatabase(ctx.provider, async (temp) => {
      const { server, forms, formSecret, run } = await startScenario(ctx, temp, "b", {
        SMTP_URL: counter.url,
      });
      try {
        const tally = new Tally();
        let acknowledged = 0;
        const started = performance.now();
        await Promise.all(
          Array.from({ length: shares }, async (_, n) => {
            const recipient = `${run}-friend-${n}@example.net`;
            const answer = await tally.time(() =>
              postForm(
                server.origin,
                forms.share,
                { recipient, senderName: "Soak Sender", senderEmail: `${run}@example.com`, message: "" },
                { formSecret: formSecret, clientAddress: "198.51.100.7" },
              ),
            );
            if (answer.status === 200 && answer.body.includes(recipient)) acknowledged++;
          }),
        );
        const seconds = (performance.now() - started) / 1000;
        await waitUntil(
          async () => (await temp.db.outboxMessage.count({ where: { status: "queued" } })) === 0,
          60_000,
        );
        await sleep(SETTLE_MS);
        const shareRows = await temp.db.share.count();
        const delivery = await checkDelivery(temp.db, counter.counts(), limit);

        const misses = [...delivery.problems];
        if (acknowledged !== limit) misses.push(`${acknowledged} shares acknowledged, not ${limit}`);
        if (shareRows !== limit) misses.push(`${shareRows} share rows stored, not ${limit}`);
        return {
          scenario: "(b) share burst",
          size: `${shares} shares at once, one client`,
          figures: {
            answers: tally.summary(),
            acknowledged,
            "share rows": shareRows,
            ...delivery.figures,
            "burst seconds": seconds.toFixed(1),
            "p50 / p99 ms": `${tally.percentile(50)} / ${tally.percentile(99)}`,
          },
          misses,
        };
      } catch (error) {
        throw new Error(`${(error as Error).message}\nserver log:\n${server.log()}`);
      } finally {
        await server.stop();
      }
    });
  } finally {
    await counter.down();
  }
}
