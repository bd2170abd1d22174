// Soak (c): the app is killed with SIGKILL again and again while comments are being written;
// the SQLite file must stay sound and no comment the server acknowledged may be lost.
import Database from "better-sqlite3";
import { parseDatabaseUrl } from "../../../lib/database/database-url";
import {
  approveAllComments,
  startScenario,
  sleep,
  SOAK_STORY,
  Tally,
  waitUntil,
  withSeededDatabase,
  type ScenarioResult,
  type SoakContext,
} from "./soak-run";
import { postForm } from "./story-forms";

const WRITERS = 8;
/** Each kill lands at a random moment this long after the server's first acknowledged write. */
const KILL_AFTER_MS = { min: 500, max: 3_000 };
/** A restarted server that acknowledges no write within this is a miss of its own. */
const FIRST_WRITE_MS = 60_000;

/**
 * Writers post comments without pause (each from an address and email of its own, so only a
 * crash can stop one) and note every post the server answered with its "done" page. Each kill
 * comes a moment after the server's first acknowledged write since it started; then the server
 * is started again and the writers carry on. Approve-all, so each
 * comment also revalidates pages: Next writes into its build folder while it is killed.
 */
export async function soakHardKills(ctx: SoakContext, { kills }: { kills: number }): Promise<ScenarioResult> {
  if (ctx.provider !== "sqlite") throw new Error("(c) checks a SQLite file: run it with --database sqlite");
  return withSeededDatabase("sqlite", async (temp) => {
    await approveAllComments(temp.db);
    const { server, forms, formSecret, run } = await startScenario(ctx, temp, "c");
    try {
      const tally = new Tally();
      const acknowledged: string[] = [];
      let writing = true;
      let next = 0;
      const writer = async (w: number) => {
        while (writing) {
          const n = next++;
          const text = `${run} comment ${n} from writer ${w}.`;
          const answer = await tally.time(() =>
            postForm(
              server.origin,
              forms.comment,
              { comment: text, name: `Soak writer ${w}`, email: `${run}-${n}@example.com`, website: "" },
              { formSecret: formSecret, clientAddress: `10.${w}.${(n >> 8) & 255}.${n & 255}` },
            ),
          );
          if (answer.status === 200 && answer.body.includes(text)) acknowledged.push(text);
          // While the server is down, do not spin on refused connections.
          else if (answer.status === "no answer") await sleep(250);
        }
      };
      const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));

      const restartsMs: number[] = [];
      let idleRuns = 0;
      try {
        for (let kill = 0; kill < kills; kill++) {
          // Under load: posts are slow on a busy machine, so a kill at a fixed time after the
          // start could land before any write was acknowledged, and test nothing.
          const before = acknowledged.length;
          if (!(await waitUntil(async () => acknowledged.length > before, FIRST_WRITE_MS))) idleRuns++;
          await sleep(KILL_AFTER_MS.min + Math.random() * (KILL_AFTER_MS.max - KILL_AFTER_MS.min));
          await server.killHard();
          const down = performance.now();
          await server.start();
          restartsMs.push(performance.now() - down);
        }
        await sleep(KILL_AFTER_MS.min);
      } finally {
        writing = false;
        await Promise.all(writers);
      }
      const pageAfter = (await fetch(`${server.origin}${SOAK_STORY}`)).status;
      await server.stop();

      const file = parseDatabaseUrl(temp.url);
      if (file.provider !== "sqlite") throw new Error("not a SQLite database");
      const sqlite = new Database(file.file);
      const integrity = (sqlite.pragma("integrity_check") as Array<{ integrity_check: string }>)
        .map((row) => row.integrity_check)
        .join("; ");
      sqlite.close();

      const stored = new Set(
        (
          await temp.db.comment.findMany({ where: { body: { startsWith: run } }, select: { body: true } })
        ).map((row) => row.body),
      );
      const lost = acknowledged.filter((text) => !stored.has(text));
      const sortedRestarts = restartsMs.sort((a, b) => a - b);
      const misses: string[] = [];
      if (integrity !== "ok") misses.push(`PRAGMA integrity_check: ${integrity}`);
      if (lost.length) misses.push(`${lost.length} acknowledged comments lost, e.g. "${lost[0]}"`);
      if (idleRuns)
        misses.push(`${idleRuns} times the server acknowledged no write within a minute of starting`);
      if (pageAfter !== 200) misses.push(`the story page answered ${pageAfter} after the last restart`);
      return {
        scenario: "(c) kill -9 under writes",
        size: `${kills} kills, ${WRITERS} writers`,
        figures: {
          "posts sent": tally.latenciesMs.length,
          answers: tally.summary(),
          acknowledged: acknowledged.length,
          "acknowledged and stored": acknowledged.length - lost.length,
          "stored without an answer (in flight at a kill)": stored.size - (acknowledged.length - lost.length),
          integrity_check: integrity,
          "restart ms median / max": `${Math.round(sortedRestarts[Math.floor(sortedRestarts.length / 2)] ?? 0)} / ${Math.round(sortedRestarts.at(-1) ?? 0)}`,
          "story page after": pageAfter,
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
