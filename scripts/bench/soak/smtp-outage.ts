// Soak (d): the SMTP server is down while shares are queued; once it is back, every email must
// arrive exactly once.
import { checkDelivery, mailCounter } from "./mail-counter";
import {
  startScenario,
  sleep,
  Tally,
  waitUntil,
  withSeededDatabase,
  type ScenarioResult,
  type SoakContext,
} from "./soak-run";
import { postForm } from "./story-forms";

/** Shares posted at once while queueing; a reader's pace does not matter here. */
const PARALLEL_POSTS = 10;
/** Long enough for the worker (every 2 s) to have sent anything it was going to send twice. */
const SETTLE_MS = 6_000;
/** Past the last retry the outbox scheduled, how long delivery may take before it counts as missed. */
const DELIVERY_MARGIN_MS = 60_000;

/**
 * The SMTP port refuses connections from before the first share until `outageSeconds` later
 * (the worker's retries meet "connection refused", a temporary failure), then the sink listens
 * there again. Each share comes from an address of its own: the sender's limit is 5 an hour.
 */
export async function soakSmtpOutage(
  ctx: SoakContext,
  { shares, outageSeconds }: { shares: number; outageSeconds: number },
): Promise<ScenarioResult> {
  const counter = await mailCounter();
  try {
    return await withSeededDatabase(ctx.provider, async (temp) => {
      const { server, forms, formSecret, run } = await startScenario(ctx, temp, "d", {
        SMTP_URL: counter.url,
      });
      try {
        const wentDown = performance.now();
        const tally = new Tally();
        let acknowledged = 0;
        let next = 0;
        const client = async () => {
          for (let n = next++; n < shares; n = next++) {
            const recipient = `${run}-friend-${n}@example.net`;
            const answer = await tally.time(() =>
              postForm(
                server.origin,
                forms.share,
                { recipient, senderName: "Soak Sender", senderEmail: `${run}-${n}@example.com`, message: "" },
                { formSecret: formSecret, clientAddress: `10.200.${n >> 8}.${n & 255}` },
              ),
            );
            if (answer.status === 200 && answer.body.includes(recipient)) acknowledged++;
          }
        };
        await Promise.all(Array.from({ length: PARALLEL_POSTS }, client));
        const queuedAfterSeconds = (performance.now() - wentDown) / 1000;

        await sleep(Math.max(0, outageSeconds * 1000 - (performance.now() - wentDown)));
        const beforeUp = await temp.db.outboxMessage.aggregate({
          _sum: { attempts: true },
          _max: { nextAttemptAt: true },
          where: { status: "queued" },
        });
        const sentWhileDown = await temp.db.outboxMessage.count({ where: { status: { not: "queued" } } });
        await counter.up();
        const cameBack = performance.now();
        const upAt = Date.now();
        const lastRetry = beforeUp._max.nextAttemptAt?.getTime() ?? upAt;
        const allSent = await waitUntil(
          async () => (await temp.db.outboxMessage.count({ where: { status: "queued" } })) === 0,
          Math.max(0, lastRetry - upAt) + DELIVERY_MARGIN_MS,
        );
        const deliveredAfter = (performance.now() - cameBack) / 1000;
        await sleep(SETTLE_MS);
        const delivery = await checkDelivery(temp.db, counter.counts(), shares);

        const misses = [...delivery.problems];
        if (acknowledged !== shares) misses.push(`${acknowledged} of ${shares} shares acknowledged`);
        if (sentWhileDown) misses.push(`${sentWhileDown} rows left the queue while SMTP was down`);
        if (!allSent) misses.push("rows were still queued past the last scheduled retry and a minute");
        return {
          scenario: "(d) SMTP outage",
          size: `${shares} shares, ${outageSeconds} s outage`,
          figures: {
            answers: tally.summary(),
            acknowledged,
            "queued within s of the outage": queuedAfterSeconds.toFixed(1),
            "failed attempts while down": beforeUp._sum.attempts ?? 0,
            "last retry due s after SMTP back": ((lastRetry - upAt) / 1000).toFixed(1),
            "all delivered s after SMTP back": allSent ? deliveredAfter.toFixed(1) : "not all",
            ...delivery.figures,
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
