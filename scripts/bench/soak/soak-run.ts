// What every soak scenario shares: a seeded throwaway database, the server's secrets, the
// shape of a result, and how posts are tallied.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createTemporaryDatabase, type TemporaryDatabase } from "../../../lib/testing/temporary-database";
import { COMMENT_SETTINGS_KEY } from "../../../lib/settings/comment-settings";
import { soakServer, type SoakServer } from "./soak-server";
import { readStoryForms, type PostAnswer, type StoryForms } from "./story-forms";

export type Provider = "sqlite" | "postgresql";

/** The story every scenario posts to: the seeded Hamburg / AFP story, open for comments. */
export const SOAK_STORY = "/world/no-progress-as-kerry-lavrov-meet-on-syria-us";

export type SoakContext = {
  /** A production build folder (with BUILD_ID) that each scenario serves a copy of. */
  build: string;
  /** The app's port; the same for every scenario, since one build serves them all in turn. */
  port: number;
  provider: Provider;
};

export type ScenarioResult = {
  scenario: string;
  size: string;
  figures: Record<string, string | number>;
  /** Each target missed, in a sentence; empty when the scenario met them all. */
  misses: string[];
};

/** A migrated and seeded database, as `npm start` leaves it, which the caller drops. */
export async function seededDatabase(provider: Provider): Promise<TemporaryDatabase> {
  const temp = await createTemporaryDatabase(provider);
  try {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/prepare.ts"], {
      env: { ...process.env, DATABASE_URL: temp.url },
      stdio: ["ignore", "ignore", "inherit"],
    });
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    if (code !== 0) throw new Error(`seeding the ${provider} database exited ${code}`);
    return temp;
  } catch (error) {
    await temp.drop();
    throw error;
  }
}

/**
 * What the server is started with in every scenario: a known FORM_SECRET, so the soak mints
 * its own fresh tokens, and TRUST_PROXY=true, because the soak is the proxy: it says which
 * reader each post comes from with X-Forwarded-For.
 */
export function serverSecrets(): { FORM_SECRET: string; TRUST_PROXY: "true" } {
  return { FORM_SECRET: randomBytes(32).toString("hex"), TRUST_PROXY: "true" };
}

/** Counts answers by kind ("200", "429", "no answer: ECONNREFUSED") and keeps their times. */
export class Tally {
  readonly answers = new Map<string, number>();
  readonly latenciesMs: number[] = [];

  async time(post: () => Promise<PostAnswer>): Promise<PostAnswer> {
    const started = performance.now();
    const answer = await post();
    this.latenciesMs.push(performance.now() - started);
    const kind = answer.status === "no answer" ? `no answer: ${answer.error}` : String(answer.status);
    this.answers.set(kind, (this.answers.get(kind) ?? 0) + 1);
    return answer;
  }

  /** "200 ×995, 429 ×5" */
  summary(): string {
    return (
      [...this.answers]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([kind, count]) => `${kind} ×${count}`)
        .join(", ") || "none"
    );
  }

  percentile(p: number): number {
    const sorted = [...this.latenciesMs].sort((a, b) => a - b);
    if (sorted.length === 0) return 0;
    return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);
  }
}

/** Runs `work` on a seeded database with a server, dropping and stopping both whatever happens. */
export async function withSeededDatabase<T>(
  provider: Provider,
  work: (temp: TemporaryDatabase) => Promise<T>,
): Promise<T> {
  const temp = await seededDatabase(provider);
  try {
    return await work(temp);
  } finally {
    await temp.drop();
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `done` every 500 ms until it holds or `timeoutMs` has passed; whether it held. */
export async function waitUntil(done: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await done()) return true;
    if (Date.now() >= deadline) return false;
    await sleep(500);
  }
}

export type ScenarioServer = { server: SoakServer; forms: StoryForms; formSecret: string; run: string };

/**
 * A scenario's server on its seeded database, started, with the story's forms read, and a
 * marker for what this run writes ("soak-b-1f2e…"); stopped again if it cannot start.
 */
export async function startScenario(
  ctx: SoakContext,
  temp: TemporaryDatabase,
  scenario: string,
  env: Record<string, string> = {},
): Promise<ScenarioServer> {
  const secrets = serverSecrets();
  const server = soakServer({
    build: ctx.build,
    port: ctx.port,
    env: { DATABASE_URL: temp.url, ...env, ...secrets },
  });
  try {
    await server.start();
    const forms = await readStoryForms(server.origin, SOAK_STORY);
    return {
      server,
      forms,
      formSecret: secrets.FORM_SECRET,
      run: `soak-${scenario}-${randomBytes(4).toString("hex")}`,
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** Every comment approved at once, so each one also revalidates the story's cached pages. */
export async function approveAllComments(db: TemporaryDatabase["db"]): Promise<void> {
  const value = JSON.stringify({ moderationMode: "approve-all" });
  await db.setting.upsert({
    where: { key: COMMENT_SETTINGS_KEY },
    create: { key: COMMENT_SETTINGS_KEY, value },
    update: { value },
  });
}
