import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoContent } from "../import/seed-demo-content";
import {
  createTemporaryDatabase,
  postgresAnswers,
  type TemporaryDatabase,
} from "../testing/temporary-database";
import { MATCH_END, MATCH_START, parseSearchQuery } from "./search-query";
import { searchStories } from "./search-stories";

const providers = ["sqlite", ...((await postgresAnswers()) ? ["postgresql" as const] : [])] as const;

describe.each(providers)("search on %s", (provider) => {
  let temp: TemporaryDatabase;
  const search = (query: string, page = 1) =>
    searchStories(temp.db, provider, parseSearchQuery(query).terms, { page });

  beforeAll(async () => {
    temp = await createTemporaryDatabase(provider);
    await seedDemoContent(temp.db);
  });
  afterAll(async () => {
    await temp?.drop();
  });

  it("finds the story by words in its headline and marks them", async () => {
    const { hits, total } = await search("Kerry Lavrov");
    expect(total).toBeGreaterThanOrEqual(1);
    expect(hits[0]!.href).toBe("/world/no-progress-as-kerry-lavrov-meet-on-syria-us");
    expect(hits[0]!.headline).toContain(`${MATCH_START}Kerry${MATCH_END}`);
  });

  it("matches word forms (stemming) and finds words in the body with a marked snippet", async () => {
    const { hits } = await search("meeting");
    expect(hits.map((hit) => hit.href)).toContain("/world/no-progress-as-kerry-lavrov-meet-on-syria-us");
    const inBody = await search("Hamburg");
    expect(inBody.hits.length).toBeGreaterThan(0);
  });

  it("answers hostile and odd queries with results or none, never an error", async () => {
    for (const query of [
      '"',
      "AND OR NOT",
      '\'; DROP TABLE "Article"; --',
      "🙂",
      "x".repeat(10_000),
      "*",
      "NEAR(",
      "",
    ]) {
      await expect(search(query)).resolves.toMatchObject({ hits: expect.any(Array) });
    }
    expect((await search("zzzqqqnothing")).total).toBe(0);
  });

  it("never shows drafts or scheduled stories, and follows edits", async () => {
    const story = await temp.db.article.findFirstOrThrow({
      where: { slug: "no-progress-as-kerry-lavrov-meet-on-syria-us" },
    });
    await temp.db.article.update({
      where: { id: story.id },
      data: { headline: "Quokka summit ends without progress" },
    });
    expect((await search("quokka")).hits.map((hit) => hit.id)).toEqual([story.id]);
    // The old headline's words are gone from the index (the body may still name them).
    expect((await search("progress quokka")).total).toBe(1);
    await temp.db.article.update({ where: { id: story.id }, data: { status: "draft" } });
    expect((await search("quokka")).total).toBe(0);
    await temp.db.article.update({
      where: { id: story.id },
      data: { status: "scheduled", publishedAt: new Date(Date.now() + 3600_000) },
    });
    expect((await search("quokka")).total).toBe(0);
    await temp.db.article.delete({ where: { id: story.id } });
    expect((await search("quokka")).total).toBe(0);
  });
});
