import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listComments } from "../comments/list-comments";
import { readinessProblems } from "../server/readiness";
import {
  createTemporaryDatabase,
  postgresAnswers,
  type TemporaryDatabase,
} from "../testing/temporary-database";
import type { Database as AppDatabase } from "./create-client";
import { parseDatabaseUrl } from "./database-url";
import { libpqTarget } from "./postgres-backup";

// Every migration committed is recorded in the restored database, as in the one backed up.
const committedMigrations = readdirSync("prisma/migrations", { withFileTypes: true }).filter((entry) =>
  entry.isDirectory(),
).length;

const providers = ["sqlite", ...((await postgresAnswers()) ? ["postgresql" as const] : [])] as const;

/** Runs one of the db: scripts as `npm run` would, against the given database. */
function script(name: "db-backup" | "db-restore", args: string[], databaseUrl: string) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", `scripts/${name}.ts`, ...args],
      { env: { ...process.env, DATABASE_URL: databaseUrl } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Comments written one after another, as fast as the database takes them; `acknowledged` holds the ids it confirmed, in order. */
function startWriting(db: AppDatabase, articleId: number) {
  const acknowledged: number[] = [];
  let stopped = false;
  const writing = (async () => {
    for (let n = 0; !stopped; n++) {
      const row = await db.comment.create({
        data: {
          articleId,
          authorName: "Ada",
          authorEmail: "ada@example.com",
          body: `Comment ${n}`,
          status: "approved",
          moderationReason: "test",
          ip: "127.0.0.1",
          fingerprint: `load-${n}`,
        },
      });
      acknowledged.push(row.id);
      // better-sqlite3 answers synchronously, so without this the loop would never let the
      // event loop reach timers or the backup script's exit, as requests arriving would.
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  return {
    acknowledged,
    stop: async () => {
      stopped = true;
      await writing;
    },
  };
}

describe.each(providers)("db:backup and db:restore on %s", (provider) => {
  let source: TemporaryDatabase;
  let target: TemporaryDatabase;
  let work: string;
  let backupFile: string;
  let articleId: number;
  let inBackup: number[];

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), "dateline-backup-"));
    backupFile = path.join(work, provider === "sqlite" ? "backup.db" : "backup.dump");
    source = await createTemporaryDatabase(provider);
    target = await createTemporaryDatabase(provider, { migrated: false });
    const section = await source.db.section.create({ data: { slug: "news", name: "News" } });
    const article = await source.db.article.create({
      data: {
        slug: "story",
        headline: "Story",
        body: "Body",
        place: "Here",
        agency: "AFP",
        sectionId: section.id,
        status: "published",
        publishedAt: new Date(),
        updatedAt: new Date(),
      },
    });
    articleId = article.id;
  });
  afterAll(async () => {
    await source?.drop();
    await target?.drop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("backs up under write load; the restore into an empty database holds every row acknowledged before, as one consistent cut", async () => {
    if (provider === "sqlite") {
      // Every row written from here on stays in the WAL, as the latest rows do between
      // checkpoints: a backup that copied the database file alone would miss them all.
      await source.db.$queryRawUnsafe("PRAGMA wal_autocheckpoint = 0");
    }
    const load = startWriting(source.db, articleId);
    let backup: Awaited<ReturnType<typeof script>>;
    let acknowledgedBefore: number[];
    let acknowledgedWhenDone: number;
    try {
      await expect.poll(() => load.acknowledged.length, { timeout: 20_000 }).toBeGreaterThanOrEqual(20);
      acknowledgedBefore = [...load.acknowledged];
      backup = await script("db-backup", [backupFile], source.url);
      acknowledgedWhenDone = load.acknowledged.length;
      // Writes go on after the backup: none of them may be in it.
      await expect
        .poll(() => load.acknowledged.length, { timeout: 20_000 })
        .toBeGreaterThanOrEqual(acknowledgedWhenDone + 10);
    } finally {
      await load.stop();
    }
    expect(backup, backup.stderr).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Backed up /) });

    const restore = await script("db-restore", [backupFile], target.url);
    expect(restore, restore.stderr).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(
        new RegExp(`^Restored .* which was empty: .* ${committedMigrations} migrations recorded`),
      ),
    });

    inBackup = (await target.db.comment.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map(
      (row) => row.id,
    );
    expect(inBackup).toEqual(expect.arrayContaining(acknowledgedBefore));
    // One writer commits in the order it is acknowledged: a consistent snapshot is a prefix of
    // that order, with no row missing inside it and nothing written after the backup ended.
    expect(inBackup).toEqual(load.acknowledged.slice(0, inBackup.length));
    expect(inBackup.length).toBeLessThanOrEqual(acknowledgedWhenDone + 1);
    expect(inBackup.length).toBeLessThan(load.acknowledged.length);

    // The app can serve from it: migrations recorded as applied, pages' reads answer.
    const database = parseDatabaseUrl(target.url);
    expect(await readinessProblems({ db: target.db, database, dir: process.cwd() })).toEqual([]);
    expect((await listComments(target.db, articleId)).approvedCount).toBe(inBackup.length);
    if (database.provider === "sqlite") {
      const sqlite = new Database(database.file, { readonly: true });
      try {
        expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
      } finally {
        sqlite.close();
      }
    }
  }, 180_000);

  it("refuses to restore over a database that is not empty, and replaces it with --force", async () => {
    expect(inBackup?.length).toBeGreaterThan(0);
    await target.db.setting.create({ data: { key: "written-after-restore", value: "{}" } });

    const refused = await script("db-restore", [backupFile], target.url);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/not empty .*--force/);
    expect(await target.db.setting.count({ where: { key: "written-after-restore" } })).toBe(1);

    const forced = await script("db-restore", [backupFile, "--force"], target.url);
    expect(forced, forced.stderr).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/replacing its \d+ tables/),
    });
    expect(await target.db.setting.count({ where: { key: "written-after-restore" } })).toBe(0);
    expect(
      (await target.db.comment.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map(
        (row) => row.id,
      ),
    ).toEqual(inBackup);
  }, 180_000);

  it("never writes over an existing backup file", async () => {
    const again = await script("db-backup", [backupFile], source.url);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
  }, 60_000);
});

describe("libpqTarget", () => {
  it("drops Prisma's own URL parameters and keeps the password off the command line", () => {
    const { uri, env } = libpqTarget(
      "postgresql://app:s%40cret@db.example:5433/news?schema=public&sslmode=require",
    );
    expect(uri).toBe("postgresql://app@db.example:5433/news?sslmode=require");
    expect(env.PGPASSWORD).toBe("s@cret");
  });
});
