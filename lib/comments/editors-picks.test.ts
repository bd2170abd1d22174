import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoContent } from "../import/seed-demo-content";
import {
  createTemporaryDatabase,
  postgresAnswers,
  type TemporaryDatabase,
} from "../testing/temporary-database";
import { EDITORS_PICKS_SHOWN, listEditorsPicks } from "./editors-picks";

const providers = ["sqlite", ...((await postgresAnswers()) ? ["postgresql" as const] : [])] as const;

describe.each(providers)("Editors' picks on %s", (provider) => {
  let temp: TemporaryDatabase;
  let storyId: number;
  let otherStoryId: number;
  let n = 0;
  const post = async (
    body: string,
    {
      parentId = null,
      status = "approved",
      featuredAt = null,
      articleId = storyId,
    }: {
      parentId?: number | null;
      status?: "approved" | "pending" | "trash";
      featuredAt?: Date | null;
      articleId?: number;
    } = {},
  ) =>
    (
      await temp.db.comment.create({
        data: {
          articleId,
          parentId,
          depth: parentId === null ? 1 : 2,
          authorName: `Author of ${body}`,
          authorEmail: "picks@example.com",
          body,
          status,
          featuredAt,
          moderationReason: "test",
          ip: "192.0.2.1",
          fingerprint: `${provider}-pick-${++n}`,
          createdAt: new Date(Date.UTC(2026, 11, 1, 0, n)),
        },
      })
    ).id;
  const pickedAt = (minute: number) => new Date(Date.UTC(2026, 11, 2, 0, minute));

  beforeAll(async () => {
    temp = await createTemporaryDatabase(provider);
    await seedDemoContent(temp.db);
    const [story, other] = await temp.db.article.findMany({
      where: { status: "published" },
      orderBy: { id: "asc" },
      take: 2,
    });
    storyId = story!.id;
    otherStoryId = other!.id;
  });
  afterAll(async () => {
    await temp?.drop();
  });

  it("lists the story's featured comments readers can see, newest pick first", async () => {
    const root = await post("A featured thread", { featuredAt: pickedAt(1) });
    await post("A featured reply", { parentId: root, featuredAt: pickedAt(3) });
    await post("Not featured");
    await post("Featured, then held", { status: "pending", featuredAt: pickedAt(4) });
    await post("Featured, then trashed", { status: "trash", featuredAt: pickedAt(5) });
    const hidden = await post("A hidden thread", { status: "trash" });
    await post("Featured under a hidden comment", { parentId: hidden, featuredAt: pickedAt(6) });
    await post("Another story's pick", { articleId: otherStoryId, featuredAt: pickedAt(7) });

    const picks = await listEditorsPicks(temp.db, storyId);
    expect(picks.map((pick) => pick.body)).toEqual(["A featured reply", "A featured thread"]);
    expect(picks[0]).toMatchObject({
      authorName: "Author of A featured reply",
      authorUrl: null,
      staff: false,
    });
    expect(picks[0]!.createdAt).toBeInstanceOf(Date);
    expect(typeof picks[0]!.id).toBe("number");
  });

  it(`shows at most ${EDITORS_PICKS_SHOWN}, the latest picks`, async () => {
    for (let i = 0; i < EDITORS_PICKS_SHOWN + 2; i++)
      await post(`Pick ${i}`, { featuredAt: pickedAt(10 + i) });
    const picks = await listEditorsPicks(temp.db, storyId);
    expect(picks.map((pick) => pick.body)).toEqual(
      Array.from({ length: EDITORS_PICKS_SHOWN }, (_, i) => `Pick ${EDITORS_PICKS_SHOWN + 1 - i}`),
    );
  });
});
