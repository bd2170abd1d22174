import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoContent } from "../import/seed-demo-content";
import {
  createTemporaryDatabase,
  postgresAnswers,
  type TemporaryDatabase,
} from "../testing/temporary-database";
import { MATCH_END, MATCH_START, parseSearchQuery } from "./search-query";
import { RESULTS_PER_PAGE, searchStories } from "./search-stories";

const providers = ["sqlite", ...((await postgresAnswers()) ? ["postgresql" as const] : [])] as const;

describe.each(providers)("search on %s", (provider) => {
  let temp: TemporaryDatabase;
  const search = (query: string, page = 1, cap?: number, recentWindow?: number) =>
    searchStories(temp.db, provider, parseSearchQuery(query).terms, { page, cap, recentWindow });
  const slugs = (results: { hits: Array<{ href: string }> }) =>
    results.hits.map((hit) => hit.href.replace("/world/", ""));
  /** Slugs of the generated stories of a word, newest first: word-0, word-1, … */
  const newest = (word: string, from: number, count: number) =>
    Array.from({ length: count }, (_, i) => `${word}-${from + i}`);

  beforeAll(async () => {
    temp = await createTemporaryDatabase(provider);
    await seedDemoContent(temp.db);
    // Three okapi stories, the oldest with the word in its headline; 100 wombat stories, the
    // newest ones, and 50 numbat stories older than any other (so PostgreSQL's look at the
    // newest stories finds wombats everywhere and no numbat), each with its oldest story's
    // headline naming the animal, which relevance would put first.
    const { id: sectionId } = await temp.db.section.findUniqueOrThrow({ where: { slug: "world" } });
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000);
    const story = (slug: string, headline: string, body: string, publishedAt: Date) => ({
      slug,
      headline,
      body,
      place: "Testville",
      agency: "Test Wire",
      agencySlug: "test-wire",
      sectionId,
      status: "published" as const,
      publishedAt,
      updatedAt: publishedAt,
    });
    const animals = (word: string, count: number, firstHoursAgo: number) =>
      Array.from({ length: count }, (_, i) =>
        story(
          `${word}-${i}`,
          i === count - 1 ? `The ${word} of the year` : `Field notes ${i}`,
          `Rangers saw a ${word} by the road.`,
          hoursAgo(firstHoursAgo + i),
        ),
      );
    await temp.db.article.createMany({
      data: [
        story("okapi-in-headline", "Okapi seen at dawn", "A rare animal crossed the track.", hoursAgo(3)),
        story("okapi-in-body-1", "Station report", "Rangers counted birds and one okapi.", hoursAgo(2)),
        story("okapi-in-body-2", "Station report", "Rangers counted birds and one okapi.", hoursAgo(1)),
        ...animals("wombat", 100, 10),
        ...animals("numbat", 50, 24_000),
      ],
    });
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

  it("ranks a few matches by relevance, then the newest first", async () => {
    const ranked = ["okapi-in-headline", "okapi-in-body-2", "okapi-in-body-1"];
    // Both caps: PostgreSQL first walks the newest stories under the smaller one.
    for (const cap of [undefined, 40]) {
      const results = await search("okapi", 1, cap);
      expect(slugs(results)).toEqual(ranked);
      expect(results).toMatchObject({ total: 3, totalIsLowerBound: false, pageCount: 1 });
    }
    // Exactly as many matches as the cap are all ranked.
    expect(await search("wombat", 1, 100)).toMatchObject({ total: 100, totalIsLowerBound: false });
    expect(slugs(await search("wombat", 1, 100))[0]).toBe("wombat-99");
  });

  it.each(["wombat", "numbat"])(
    "shows the newest of more matches than the cap, newest first, in pages up to the cap (%s)",
    async (word) => {
      const cap = 2 * RESULTS_PER_PAGE;
      const first = await search(word, 1, cap);
      expect(first).toMatchObject({ total: cap, totalIsLowerBound: true, pageCount: 2 });
      expect(slugs(first)).toEqual(newest(word, 0, RESULTS_PER_PAGE));
      expect(slugs(await search(word, 2, cap))).toEqual(newest(word, RESULTS_PER_PAGE, RESULTS_PER_PAGE));
      // Past the cap there are no pages, though more stories match.
      expect(await search(word, 3, cap)).toMatchObject({ hits: [], total: cap, pageCount: 2 });
      // SQLite looks among the newest stories first: the wombats are all there, the numbats
      // older than any, so it must look again over every match; the pages are the same.
      for (const page of [1, 2]) {
        expect(slugs(await search(word, page, cap, 110))).toEqual(
          newest(word, (page - 1) * RESULTS_PER_PAGE, RESULTS_PER_PAGE),
        );
      }
    },
  );

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
    for (const page of [0, -1, Number.NaN, 1.5, 1e9]) {
      await expect(search("wombat", page, 40)).resolves.toMatchObject({ hits: expect.any(Array) });
    }
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
