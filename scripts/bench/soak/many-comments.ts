// Soak (a): many comments from many parallel clients, each one allowed by the rules, must all
// be stored, once each.
import {
  approveAllComments,
  startScenario,
  Tally,
  withSeededDatabase,
  type ScenarioResult,
  type SoakContext,
} from "./soak-run";
import { postForm } from "./story-forms";

/**
 * The flood limit (one comment per 15 s per address and per email) stays as shipped. Each
 * post comes from an address and an email of its own, as readers behind one proxy would: the
 * clients are parallel connections, not people. Pacing 20 posts a client at 15 s would test
 * a clock, not concurrency, and a relaxed limit would be a knob production carries.
 * The newsroom's mode is approve-all, so every post also takes the approved path:
 * the story's pages are revalidated after each one.
 */
export async function soakManyComments(
  ctx: SoakContext,
  { comments, clients }: { comments: number; clients: number },
): Promise<ScenarioResult> {
  return withSeededDatabase(ctx.provider, async (temp) => {
    await approveAllComments(temp.db);
    const { server, forms, formSecret, run } = await startScenario(ctx, temp, "a");
    try {
      const tally = new Tally();
      const acknowledged: string[] = [];
      const started = performance.now();
      let next = 0;
      const client = async (c: number) => {
        for (let n = next++; n < comments; n = next++) {
          const text = `${run} comment ${n} from client ${c}.`;
          const answer = await tally.time(() =>
            postForm(
              server.origin,
              forms.comment,
              { comment: text, name: `Soak reader ${n}`, email: `${run}-${n}@example.com`, website: "" },
              { formSecret: formSecret, clientAddress: `10.${c}.${n >> 8}.${n & 255}` },
            ),
          );
          if (answer.status === 200 && answer.body.includes(text)) acknowledged.push(text);
        }
      };
      await Promise.all(Array.from({ length: clients }, (_, c) => client(c)));
      const seconds = (performance.now() - started) / 1000;

      const stored = await temp.db.comment.findMany({
        where: { body: { startsWith: run } },
        select: { body: true, status: true },
      });
      const texts = new Set(stored.map((row) => row.body));
      const statuses = new Map<string, number>();
      for (const row of stored) statuses.set(row.status, (statuses.get(row.status) ?? 0) + 1);
      const missing = acknowledged.filter((text) => !texts.has(text)).length;

      const misses: string[] = [];
      if (acknowledged.length !== comments)
        misses.push(`${acknowledged.length} of ${comments} posts were acknowledged`);
      if (stored.length !== comments) misses.push(`${stored.length} rows stored, not ${comments}`);
      if (texts.size !== stored.length) misses.push(`${stored.length - texts.size} texts stored twice`);
      if (missing) misses.push(`${missing} acknowledged comments are not in the database`);
      return {
        scenario: "(a) many comments",
        size: `${comments} comments, ${clients} clients`,
        figures: {
          answers: tally.summary(),
          acknowledged: acknowledged.length,
          "rows stored": stored.length,
          "distinct texts": texts.size,
          statuses: [...statuses].map(([status, count]) => `${status} ×${count}`).join(", "),
          seconds: seconds.toFixed(1),
          "posts/s": (comments / seconds).toFixed(1),
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
}
