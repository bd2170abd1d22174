import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listCommentQueue, QUEUE_COUNT_CAP } from "../newsroom/comment-queue";
import {
  createTemporaryDatabase,
  postgresAnswers,
  type TemporaryDatabase,
} from "../testing/temporary-database";

const providers = ["sqlite", ...((await postgresAnswers()) ? ["postgresql" as const] : [])] as const;
const admin = { id: "a", name: "Admin", email: "admin@example.com", role: "admin" as const };

describe.each(providers)("comment tallies kept by the database on %s", (provider) => {
  let temp: TemporaryDatabase;
  let sectionId: number;
  let n = 0;

  beforeAll(async () => {
    temp = await createTemporaryDatabase(provider);
    sectionId = (await temp.db.section.create({ data: { slug: "world", name: "World" } })).id;
  });
  afterAll(async () => {
    await temp?.drop();
  });

  const story = async () =>
    (
      await temp.db.article.create({
        data: {
          slug: `story-${++n}`,
          headline: "H",
          body: "B",
          place: "Kiel",
          agency: "DPA",
          sectionId,
          status: "published",
          publishedAt: new Date(),
          updatedAt: new Date(),
        },
      })
    ).id;
  const comment = (
    articleId: number,
    status: "approved" | "pending" | "spam",
    parentId: number | null = null,
  ) =>
    temp.db.comment.create({
      data: {
        articleId,
        parentId,
        depth: parentId ? 2 : 1,
        authorName: "A",
        authorEmail: "a@example.com",
        body: "Text",
        status,
        moderationReason: "test",
        ip: "192.0.2.1",
        fingerprint: `f-${++n}`,
      },
    });
  // Read back: on SQLite the number is given after the insert, so the insert's answer lacks it.
  const threadOf = async (id: number) => (await temp.db.comment.findUniqueOrThrow({ where: { id } })).thread;
  const tally = (articleId: number) =>
    temp.db.commentTally.findUnique({
      where: { articleId },
      select: { approved: true, pending: true, threads: true },
    });

  it("counts inserts, status changes and deletes, cascades included, and numbers threads once", async () => {
    const id = await story();
    const root = await comment(id, "approved");
    const held = await comment(id, "pending");
    await comment(id, "approved", root.id);
    await comment(id, "spam");
    expect(await tally(id)).toEqual({ approved: 2, pending: 1, threads: 1 });
    expect(await threadOf(root.id)).toBe(0);
    expect(await threadOf(held.id)).toBeNull();

    await temp.db.comment.update({ where: { id: held.id }, data: { status: "approved" } });
    expect(await tally(id)).toEqual({ approved: 3, pending: 0, threads: 2 });
    expect(await threadOf(held.id)).toBe(1);

    // Out and back in: the count follows, the number stays.
    await temp.db.comment.update({ where: { id: held.id }, data: { status: "spam" } });
    await temp.db.comment.update({ where: { id: held.id }, data: { status: "approved" } });
    expect(await tally(id)).toEqual({ approved: 3, pending: 0, threads: 2 });
    expect(await threadOf(held.id)).toBe(1);

    // Deleting a thread deletes its reply by cascade; both leave the count.
    await temp.db.comment.delete({ where: { id: root.id } });
    expect(await tally(id)).toEqual({ approved: 1, pending: 0, threads: 2 });

    await temp.db.article.delete({ where: { id } });
    expect(await tally(id)).toBeNull();
  });

  it("gives threads approved at the same moment different numbers", async () => {
    const id = await story();
    const comments = await Promise.all(Array.from({ length: 20 }, () => comment(id, "approved")));
    const numbers = await Promise.all(comments.map((c) => threadOf(c.id)));
    expect(new Set(numbers)).toEqual(new Set(Array.from({ length: 20 }, (_, i) => i)));
    expect(await tally(id)).toEqual({ approved: 20, pending: 0, threads: 20 });
  });

  it("counts the moderation queue's tabs up to the cap, and no further", async () => {
    const id = await story();
    await temp.db.comment.createMany({
      data: Array.from({ length: QUEUE_COUNT_CAP + 5 }, (_, i) => ({
        articleId: id,
        authorName: "A",
        authorEmail: "a@example.com",
        body: "Text",
        status: "spam" as const,
        moderationReason: "test",
        ip: "192.0.2.1",
        fingerprint: `bulk-${i}`,
      })),
    });
    const queue = await listCommentQueue(temp.db, admin, { status: "spam", page: 1 });
    expect(queue.counts.spam).toBe(QUEUE_COUNT_CAP + 1);
    expect(queue.pageCount).toBe(QUEUE_COUNT_CAP / 50);
    const past = await listCommentQueue(temp.db, admin, { status: "spam", page: QUEUE_COUNT_CAP / 50 + 1 });
    expect(past.comments).toEqual([]);
  });
});
