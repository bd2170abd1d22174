import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTemporaryDatabase,
  postgresAnswers,
  type TemporaryDatabase,
} from "../testing/temporary-database";
import { parseStoryFile, type StoryDraft } from "./parse-story-file";
import { saveStory } from "./save-story";
import { seedDemoContent } from "./seed-demo-content";

const providers = ["sqlite", ...((await postgresAnswers()) ? ["postgresql" as const] : [])] as const;

function draft(overrides: Partial<StoryDraft> = {}): StoryDraft {
  const parsed = parseStoryFile("Quiet day at the harbour\nKiel / DPA\nNothing happened.\nStill nothing.\n");
  if (!parsed.ok) throw new Error(parsed.message);
  return { ...parsed.story, publishedAt: new Date("2026-01-02T03:04:05Z"), ...overrides };
}

describe.each(providers)("stories on %s", (provider) => {
  let temp: TemporaryDatabase;

  beforeAll(async () => {
    temp = await createTemporaryDatabase(provider);
  });
  afterAll(async () => {
    await temp?.drop();
  });

  it("creates a story, then finds the same content unchanged without writing", async () => {
    expect((await saveStory(temp.db, draft())).result).toBe("created");
    const before = await temp.db.article.findUniqueOrThrow({ where: { slug: "quiet-day-at-the-harbour" } });
    expect((await saveStory(temp.db, draft(), new Date("2030-01-01"))).result).toBe("unchanged");
    const after = await temp.db.article.findUniqueOrThrow({ where: { slug: "quiet-day-at-the-harbour" } });
    expect(after.updatedAt).toEqual(before.updatedAt);
    expect(after.updatedAt).toEqual(new Date("2026-01-02T03:04:05Z"));
    expect(await temp.db.article.count({ where: { slug: "quiet-day-at-the-harbour" } })).toBe(1);
  });

  it("updates by slug, marks the update time and moves sections and tags", async () => {
    const now = new Date("2026-02-01T00:00:00Z");
    const outcome = await saveStory(
      temp.db,
      draft({ body: "Something happened.", section: "Business", tags: ["Ports", "Kiel"] }),
      now,
    );
    expect(outcome).toEqual({
      result: "updated",
      slug: "quiet-day-at-the-harbour",
      sectionSlugs: ["news", "business"],
    });
    const row = await temp.db.article.findUniqueOrThrow({
      where: { slug: "quiet-day-at-the-harbour" },
      include: { section: true, tags: { include: { tag: true }, orderBy: { position: "asc" } } },
    });
    expect(row).toMatchObject({ body: "Something happened.", updatedAt: now, section: { slug: "business" } });
    expect(row.tags.map((t) => t.tag.name)).toEqual(["Ports", "Kiel"]);
  });

  it("schedules a story whose date has not come yet", async () => {
    await saveStory(temp.db, draft({ slug: "tomorrow", publishedAt: new Date("2099-01-01T00:00:00Z") }));
    expect((await temp.db.article.findUniqueOrThrow({ where: { slug: "tomorrow" } })).status).toBe(
      "scheduled",
    );
  });

  it("seeds the demo content once: a second run changes nothing", async () => {
    expect(await seedDemoContent(temp.db)).toMatchObject({ created: 7, updated: 0 });
    expect(await seedDemoContent(temp.db)).toEqual({ created: 0, updated: 0, unchanged: 7 });
    const sections = await temp.db.section.findMany({ orderBy: { position: "asc" }, select: { slug: true } });
    const demo = sections
      .map((s) => s.slug)
      .filter((slug) => ["world", "business", "science"].includes(slug));
    expect(demo).toEqual(["world", "business", "science"]);
  });

  it("loses no write when many imports race (lock contention)", async () => {
    const { createPrismaClient } = await import("../database/create-client");
    const { parseDatabaseUrl } = await import("../database/database-url");
    const second = createPrismaClient(parseDatabaseUrl(temp.url));
    try {
      const writes = Array.from({ length: 40 }, (_, i) =>
        saveStory(i % 2 ? second : temp.db, draft({ slug: `race-${i}`, tags: ["Race", `Lane ${i % 4}`] })),
      );
      const outcomes = await Promise.all(writes);
      expect(outcomes.every((o) => o.result === "created")).toBe(true);
      expect(await temp.db.article.count({ where: { slug: { startsWith: "race-" } } })).toBe(40);
      expect(await temp.db.articleTag.count({ where: { article: { slug: { startsWith: "race-" } } } })).toBe(
        80,
      );
    } finally {
      await second.$disconnect();
    }
  });

  it("reads what readers may see: published stories newest first, one story by slug", async () => {
    const { listStories } = await import("../articles/listings");
    const { getStory } = await import("../articles/get-story");

    const { stories: latest } = (await listStories(temp.db, { where: {} }, { perPage: 100 }))!;
    expect(latest.map((s) => s.slug)).not.toContain("tomorrow");
    const times = latest.map((s) => s.publishedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const { stories: world } = (await listStories(temp.db, { where: { section: { slug: "world" } } }))!;
    expect(world.every((s) => s.section.slug === "world")).toBe(true);

    const seed = await getStory(temp.db, "no-progress-as-kerry-lavrov-meet-on-syria-us");
    expect(seed).toMatchObject({
      place: "Hamburg",
      agency: "AFP",
      href: "/world/no-progress-as-kerry-lavrov-meet-on-syria-us",
    });
    expect(seed?.tags.map((t) => t.name)).toEqual(["Syria", "Russia", "United States", "Diplomacy"]);
    expect(await getStory(temp.db, "tomorrow")).toBeNull();
    expect(await getStory(temp.db, "../etc/passwd")).toBeNull();
  });
});
