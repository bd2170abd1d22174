import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoContent } from "../import/seed-demo-content";
import {
  createTemporaryDatabase,
  postgresAnswers,
  type TemporaryDatabase,
} from "../testing/temporary-database";
import { getStoryAt } from "./get-story";

const providers = ["sqlite", ...((await postgresAnswers()) ? ["postgresql" as const] : [])] as const;
const slug = "no-progress-as-kerry-lavrov-meet-on-syria-us";

describe.each(providers)("getStoryAt on %s", (provider) => {
  let temp: TemporaryDatabase;

  beforeAll(async () => {
    temp = await createTemporaryDatabase(provider);
    await seedDemoContent(temp.db);
  });
  afterAll(async () => {
    await temp?.drop();
  });

  it("finds a published story at its own section and slug", async () => {
    expect((await getStoryAt(temp.db, "world", slug))?.href).toBe(`/world/${slug}`);
  });

  it("finds nothing under another section, a made-up one, or a made-up slug", async () => {
    expect(await getStoryAt(temp.db, "business", slug)).toBeNull();
    expect(await getStoryAt(temp.db, "no-such-section", slug)).toBeNull();
    expect(await getStoryAt(temp.db, "world", "no-such-story")).toBeNull();
    expect(await getStoryAt(temp.db, "world", "Not A Slug!")).toBeNull();
  });

  it("finds nothing once the story is unpublished, or while it waits for its time", async () => {
    await temp.db.article.update({ where: { slug }, data: { status: "draft" } });
    expect(await getStoryAt(temp.db, "world", slug)).toBeNull();
    await temp.db.article.update({
      where: { slug },
      data: { status: "published", publishedAt: new Date(Date.now() + 3_600_000) },
    });
    expect(await getStoryAt(temp.db, "world", slug)).toBeNull();
  });
});
