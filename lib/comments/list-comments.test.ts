import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoContent } from "../import/seed-demo-content";
import {
  createTemporaryDatabase,
  postgresAnswers,
  type TemporaryDatabase,
} from "../testing/temporary-database";
import { THREADS_PER_PAGE } from "./comment-view";
import { commentFingerprint } from "./fingerprint";

const slug = "harbour-town-opens-floating-library";
const storyHref = `/world/${slug}`;

describe("listComments", () => {
  let temp: TemporaryDatabase;
  let storyId: number;

  beforeAll(async () => {
    temp = await createTemporaryDatabase("sqlite");
    await seedDemoContent(temp.db);
    storyId = (
      await temp.db.article.findUniqueOrThrow({ where: { slug: "harbour-town-opens-floating-library" } })
    ).id;
    // 60 more threads after the one demo comment, each with a reply, and one held comment.
    for (let i = 0; i < 60; i++) {
      const at = new Date(Date.UTC(2026, 10, 27, 0, i));
      const root = await temp.db.comment.create({
        data: {
          articleId: storyId,
          authorName: `R${i}`,
          authorEmail: `r${i}@example.com`,
          body: `Thread ${i}`,
          status: "approved",
          moderationReason: "test",
          ip: "192.0.2.1",
          fingerprint: commentFingerprint(storyId, null, `r${i}`, `${i}`),
          createdAt: at,
        },
      });
      await temp.db.comment.create({
        data: {
          articleId: storyId,
          parentId: root.id,
          depth: 2,
          authorName: `S${i}`,
          authorEmail: `s${i}@example.com`,
          body: `Reply ${i}`,
          status: "approved",
          moderationReason: "test",
          ip: "192.0.2.1",
          fingerprint: commentFingerprint(storyId, root.id, `s${i}`, `${i}`),
          createdAt: new Date(at.getTime() + 1000),
        },
      });
    }
    await temp.db.comment.create({
      data: {
        articleId: storyId,
        authorName: "Held",
        authorEmail: "held@example.com",
        body: "Held back",
        status: "pending",
        moderationReason: "first-comment",
        ip: "192.0.2.1",
        fingerprint: "held",
        createdAt: new Date("2026-11-28T00:00:00Z"),
      },
    });
  });

  afterAll(async () => {
    await temp?.drop();
  });

  it("pages by whole threads, 50 a page, oldest first, with replies under their parents", async () => {
    const { listComments } = await import("./list-comments");
    const first = await listComments(temp.db, storyId, 1);
    expect(first).toMatchObject({ page: 1, pageCount: 2, approvedCount: 121 });
    expect(first.threads).toHaveLength(THREADS_PER_PAGE);
    expect(first.threads[0]!.authorName).toBe("Lea (sample reader)");
    expect(first.threads[1]!.replies.map((r) => r.body)).toEqual(["Reply 0"]);

    const second = await listComments(temp.db, storyId, 2);
    expect(second.threads.map((t) => t.body)).toEqual(
      Array.from({ length: 11 }, (_, i) => `Thread ${49 + i}`),
    );
  });

  it("never lists a comment readers may not see", async () => {
    const { listComments } = await import("./list-comments");
    const all = [
      ...(await listComments(temp.db, storyId, 1)).threads,
      ...(await listComments(temp.db, storyId, 2)).threads,
    ];
    expect(all.some((t) => t.body === "Held back")).toBe(false);
  });

  it("finds reply targets only among this story's approved comments", async () => {
    const { getReplyTarget } = await import("./list-comments");
    const held = await temp.db.comment.findUniqueOrThrow({ where: { fingerprint: "held" } });
    expect(await getReplyTarget(temp.db, storyId, held.id)).toBeNull();
    const other = await temp.db.comment.findFirstOrThrow({
      where: { authorEmail: "marta.sample@example.com" },
    });
    expect(await getReplyTarget(temp.db, storyId, other.id)).toBeNull();
  });

  it("locates every shown comment on the page that lists it, and nothing readers cannot see", async () => {
    const { listComments } = await import("./list-comments");
    const { locateComment } = await import("./locate-comment");
    for (const page of [1, 2]) {
      for (const thread of (await listComments(temp.db, storyId, page)).threads) {
        for (const comment of [thread, ...thread.replies]) {
          expect(await locateComment(temp.db, comment.id, slug)).toEqual({ storyId, storyHref, page });
        }
      }
    }
    const held = await temp.db.comment.findUniqueOrThrow({ where: { fingerprint: "held" } });
    expect(await locateComment(temp.db, held.id, slug)).toBeNull();
    expect(await locateComment(temp.db, 999_999, slug)).toBeNull();
  });

  it("finds a comment through its story's earlier slug, and not through another story's", async () => {
    const { locateComment } = await import("./locate-comment");
    const thread = await temp.db.comment.findFirstOrThrow({
      where: { articleId: storyId, body: "Thread 3" },
    });
    await temp.db.articleRedirect.create({ data: { slug: "floating-library-opens", articleId: storyId } });
    expect(await locateComment(temp.db, thread.id, "floating-library-opens")).toEqual({
      storyId,
      storyHref,
      page: 1,
    });
    expect(
      await locateComment(temp.db, thread.id, "no-progress-as-kerry-lavrov-meet-on-syria-us"),
    ).toBeNull();
  });

  it("keeps a thread on its page when an earlier one is removed; a thread approved late comes last", async () => {
    const { listComments } = await import("./list-comments");
    const { locateComment } = await import("./locate-comment");
    const first = await temp.db.comment.findFirstOrThrow({ where: { articleId: storyId, body: "Thread 0" } });
    const staying = await temp.db.comment.findFirstOrThrow({
      where: { articleId: storyId, body: "Thread 49" },
    });
    const held = await temp.db.comment.findFirstOrThrow({
      where: { articleId: storyId, fingerprint: "held" },
    });
    const underFirst = await temp.db.comment.findFirstOrThrow({ where: { parentId: first.id } });
    expect(await locateComment(temp.db, staying.id, slug)).toEqual({ storyId, storyHref, page: 2 });
    await temp.db.comment.update({ where: { id: first.id }, data: { status: "trash" } });
    await temp.db.comment.update({ where: { id: held.id }, data: { status: "approved" } });
    try {
      expect(await locateComment(temp.db, staying.id, slug)).toEqual({ storyId, storyHref, page: 2 });
      // A reply under a removed comment is not shown, so it has no place either.
      expect(await locateComment(temp.db, underFirst.id, slug)).toBeNull();
      const [one, two] = [await listComments(temp.db, storyId, 1), await listComments(temp.db, storyId, 2)];
      expect(one.threads).toHaveLength(THREADS_PER_PAGE - 1);
      expect(one.approvedCount).toBe(121 - 1 + 1);
      // Approved after every other thread, though written before some: it joins the end.
      expect(two.threads.at(-1)!.body).toBe("Held back");
      expect(await locateComment(temp.db, held.id, slug)).toEqual({ storyId, storyHref, page: 2 });
    } finally {
      await temp.db.comment.update({ where: { id: first.id }, data: { status: "approved" } });
      await temp.db.comment.update({ where: { id: held.id }, data: { status: "pending" } });
    }
    // Approved again, a thread returns to its old place.
    expect(await locateComment(temp.db, first.id, slug)).toEqual({ storyId, storyHref, page: 1 });
    expect((await listComments(temp.db, storyId, 1)).threads).toHaveLength(THREADS_PER_PAGE);
  });
});

const providers = ["sqlite", ...((await postgresAnswers()) ? ["postgresql" as const] : [])] as const;

describe.each(providers)("listComments reads a page of threads, however deep, on %s", (provider) => {
  let temp: TemporaryDatabase;
  let storyId: number;

  beforeAll(async () => {
    temp = await createTemporaryDatabase(provider);
    await seedDemoContent(temp.db);
    storyId = (await temp.db.article.findUniqueOrThrow({ where: { slug } })).id;
    await temp.db.comment.deleteMany({ where: { articleId: storyId } });
    let at = Date.UTC(2026, 11, 1);
    const post = async (
      body: string,
      parentId: number | null,
      depth: number,
      status: "approved" | "pending" = "approved",
    ) =>
      temp.db.comment.create({
        data: {
          articleId: storyId,
          parentId,
          depth,
          authorName: body,
          authorEmail: "deep@example.com",
          body,
          status,
          moderationReason: "test",
          ip: "192.0.2.1",
          fingerprint: body,
          createdAt: new Date((at += 1000)),
        },
      });
    // Five levels, a sibling that arrived later, and a reply under a held comment.
    let parent = await post("Level 1", null, 1);
    const first = parent;
    for (let level = 2; level <= 5; level++) parent = await post(`Level ${level}`, parent.id, level);
    await post("Later sibling", first.id, 2);
    const held = await post("Held root", null, 1, "pending");
    await post("Under a held comment", held.id, 2);
  });
  afterAll(async () => {
    await temp?.drop();
  });

  it("brings every level of a thread, in order, and nothing under a comment readers cannot see", async () => {
    const { listComments } = await import("./list-comments");
    const { threads, pageCount, approvedCount } = await listComments(temp.db, storyId, 1);
    // The orphaned reply is approved, so it is counted (as before), though not shown.
    expect({ pageCount, approvedCount }).toEqual({ pageCount: 1, approvedCount: 7 });
    expect(threads.map((thread) => thread.body)).toEqual(["Level 1"]);
    const chain: string[] = [];
    for (let node = threads[0]; node; node = node.replies[0]) chain.push(node.body);
    expect(chain).toEqual(["Level 1", "Level 2", "Level 3", "Level 4", "Level 5"]);
    expect(threads[0]!.replies.map((reply) => reply.body)).toEqual(["Level 2", "Later sibling"]);
    // Read in one raw statement: fields come back as the view's types on both databases.
    const [root] = threads;
    expect(root).toMatchObject({ parentId: null, depth: 1, status: "approved", staff: false });
    expect(root!.createdAt).toBeInstanceOf(Date);
    expect(root!.createdAt.getTime()).toBeLessThan(root!.replies[0]!.createdAt.getTime());
    expect(root!.replies[0]).toMatchObject({ parentId: root!.id, depth: 2 });
  });

  it("answers a page past any thread number with no comments, not an error", async () => {
    const { listComments } = await import("./list-comments");
    for (const page of [2, 42_949_673, 999_999_999]) {
      expect(await listComments(temp.db, storyId, page)).toMatchObject({ threads: [], pageCount: 1 });
    }
  });
});

describe.each(providers)("listComments newest first, on %s", (provider) => {
  let temp: TemporaryDatabase;
  let storyId: number;
  const roots: number[] = [];

  beforeAll(async () => {
    temp = await createTemporaryDatabase(provider);
    await seedDemoContent(temp.db);
    storyId = (await temp.db.article.findUniqueOrThrow({ where: { slug } })).id;
    await temp.db.comment.deleteMany({ where: { articleId: storyId } });
    let at = Date.UTC(2026, 11, 1);
    const post = (body: string, parentId: number | null = null) =>
      temp.db.comment.create({
        data: {
          articleId: storyId,
          parentId,
          depth: parentId === null ? 1 : 2,
          authorName: body,
          authorEmail: "order@example.com",
          body,
          status: "approved",
          moderationReason: "test",
          ip: "192.0.2.1",
          fingerprint: `${provider}-${body}`,
          createdAt: new Date((at += 1000)),
        },
      });
    // 55 threads, T0 approved first; the newest has two replies, written after every thread.
    for (let i = 0; i < 55; i++) roots.push((await post(`T${i}`)).id);
    await post("First answer to T54", roots[54]!);
    await post("Second answer to T54", roots[54]!);
  });
  afterAll(async () => {
    await temp?.drop();
  });

  it("puts the latest 50 threads on page 1, newest at the top, with their replies oldest first", async () => {
    const { listComments } = await import("./list-comments");
    const first = await listComments(temp.db, storyId, 1, "newest");
    expect(first).toMatchObject({ page: 1, pageCount: 2, order: "newest", approvedCount: 57 });
    expect(first.threads.map((t) => t.body)).toEqual(Array.from({ length: 50 }, (_, i) => `T${54 - i}`));
    expect(first.threads[0]!.replies.map((r) => r.body)).toEqual([
      "First answer to T54",
      "Second answer to T54",
    ]);
    const second = await listComments(temp.db, storyId, 2, "newest");
    expect(second.threads.map((t) => t.body)).toEqual(["T4", "T3", "T2", "T1", "T0"]);
    // Oldest first is unchanged: page 1 starts with the first thread.
    expect((await listComments(temp.db, storyId, 1)).threads[0]!.body).toBe("T0");
    for (const page of [3, 42_949_673, 999_999_999]) {
      expect((await listComments(temp.db, storyId, page, "newest")).threads).toEqual([]);
    }
  });

  it("moves every thread down a place when a new thread is approved", async () => {
    const { listComments } = await import("./list-comments");
    const late = await temp.db.comment.create({
      data: {
        articleId: storyId,
        authorName: "Late",
        authorEmail: "late@example.com",
        body: "Approved last",
        status: "approved",
        moderationReason: "test",
        ip: "192.0.2.1",
        fingerprint: `${provider}-late`,
      },
    });
    try {
      const first = await listComments(temp.db, storyId, 1, "newest");
      expect(first.threads.map((t) => t.body).slice(0, 2)).toEqual(["Approved last", "T54"]);
      expect(first.threads.at(-1)!.body).toBe("T6");
      expect((await listComments(temp.db, storyId, 2, "newest")).threads[0]!.body).toBe("T5");
    } finally {
      await temp.db.comment.update({ where: { id: late.id }, data: { status: "trash" } });
    }
  });

  it("says which comments were edited and which an editor featured", async () => {
    const { listComments } = await import("./list-comments");
    const editedAt = new Date("2026-12-02T10:00:00Z");
    await temp.db.comment.update({ where: { id: roots[53]! }, data: { editedAt } });
    await temp.db.comment.update({ where: { id: roots[52]! }, data: { featuredAt: new Date() } });
    const { threads } = await listComments(temp.db, storyId, 1, "newest");
    const byBody = (body: string) => threads.find((t) => t.body === body)!;
    expect(byBody("T53").editedAt).toEqual(editedAt);
    expect(byBody("T54").editedAt).toBeNull();
    expect(byBody("T52").featured).toBe(true);
    expect(byBody("T53").featured).toBe(false);
  });
});
