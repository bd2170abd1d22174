import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMENT_SETTINGS_KEY } from "../settings/comment-settings";
import { refusalCode } from "../testing/expect-refusal";
import {
  createTemporaryDatabase,
  postgresAnswers,
  type TemporaryDatabase,
} from "../testing/temporary-database";
import { correctComment } from "./correct-comment";
import { EDIT_WINDOW_MS, editableUntil, mintEditToken } from "./edit-token";

const providers = ["sqlite", ...((await postgresAnswers()) ? ["postgresql" as const] : [])] as const;
const secret = "e".repeat(32);
const postedAt = new Date("2026-12-03T12:00:00Z");
const minutes = (m: number) => new Date(postedAt.getTime() + m * 60_000);

describe("edit tokens", () => {
  const token = mintEditToken(7, postedAt, secret);
  it("let the holder edit that comment until ten minutes after posting", () => {
    expect(editableUntil(token, 7, secret, minutes(9.9).getTime())).toEqual(minutes(10));
    expect(editableUntil(token, 7, secret, minutes(10).getTime())).toBeNull();
  });
  it("are refused for another comment, another secret, a changed time or a made-up one", () => {
    expect(editableUntil(token, 8, secret, postedAt.getTime())).toBeNull();
    expect(editableUntil(token, 7, "f".repeat(32), postedAt.getTime())).toBeNull();
    const [id, until, mac] = token.split(".");
    const longer = `${id}.${Number(until) + 3_600_000}.${mac}`;
    expect(editableUntil(longer, 7, secret, postedAt.getTime())).toBeNull();
    const farFuture = mintEditToken(7, new Date(postedAt.getTime() + 10 * EDIT_WINDOW_MS), secret);
    expect(editableUntil(farFuture, 7, secret, postedAt.getTime())).toBeNull();
    for (const made of [undefined, "", "7", "7.1.x", `${token}x`]) {
      expect(editableUntil(made, 7, secret, postedAt.getTime())).toBeNull();
    }
  });
});

describe.each(providers)("an author correcting a comment on %s", (provider) => {
  let temp: TemporaryDatabase;
  let storyId: number;
  let n = 0;

  beforeAll(async () => {
    temp = await createTemporaryDatabase(provider);
    const section = await temp.db.section.create({ data: { slug: "world", name: "World" } });
    storyId = (
      await temp.db.article.create({
        data: {
          slug: "ferry",
          headline: "Ferry",
          body: "B",
          place: "Kiel",
          agency: "DPA",
          sectionId: section.id,
          status: "published",
          publishedAt: postedAt,
          updatedAt: postedAt,
        },
      })
    ).id;
    await temp.db.setting.create({
      data: { key: COMMENT_SETTINGS_KEY, value: '{"linksThreshold":2,"holdWords":["casino"]}' },
    });
  });
  afterAll(async () => {
    await temp?.drop();
  });

  const comment = async (status: "approved" | "pending" | "spam" | "trash", body = `Text ${++n}`) =>
    (
      await temp.db.comment.create({
        data: {
          articleId: storyId,
          authorName: "Writer",
          authorEmail: `w${n}@example.com`,
          body,
          status,
          moderationReason: status === "approved" ? "known-commenter" : "first-comment",
          ip: "192.0.2.1",
          fingerprint: `f-${++n}`,
          createdAt: postedAt,
          featuredAt: status === "approved" ? postedAt : null,
        },
      })
    ).id;
  const correct = (
    id: number,
    text: string,
    { token = mintEditToken(id, postedAt, secret), at = minutes(5) } = {},
  ) => correctComment(temp.db, { commentId: id, comment: text }, { token, secret, now: at });
  const row = (id: number) => temp.db.comment.findUniqueOrThrow({ where: { id } });

  it("saves the new text, marks it edited and keeps it shown; an editor's pick of the old text is withdrawn", async () => {
    const id = await comment("approved");
    expect(await correct(id, "Corrected text.")).toMatchObject({ status: "approved", shownChanged: true });
    expect(await row(id)).toMatchObject({
      body: "Corrected text.",
      editedAt: minutes(5),
      status: "approved",
      moderationReason: "known-commenter",
      featuredAt: null,
    });
  });

  it("sends an approved comment back to the queue when its new text needs a moderator", async () => {
    const links = await comment("approved");
    expect(await correct(links, "See https://a.example and https://b.example")).toMatchObject({
      status: "pending",
      reason: "links",
      shownChanged: true,
    });
    const word = await comment("approved");
    expect(await correct(word, "Best CASINO in town")).toMatchObject({
      status: "pending",
      reason: "hold-word",
    });
  });

  it("keeps a held comment held and spam spam, whatever the new text", async () => {
    const held = await comment("pending");
    expect(await correct(held, "Now harmless")).toMatchObject({
      status: "pending",
      reason: "first-comment",
      shownChanged: false,
    });
    expect(await correct(held, "Now with casino")).toMatchObject({ status: "pending", reason: "hold-word" });
    const spam = await comment("spam");
    expect(await correct(spam, "Now harmless")).toMatchObject({ status: "spam", shownChanged: false });
  });

  it("refuses without this comment's token, after ten minutes, and for a binned comment, and writes nothing", async () => {
    const id = await comment("approved", "Original");
    const other = await comment("approved");
    expect(await refusalCode(correct(id, "X", { token: "" }))).toBe("edit-window-closed");
    expect(await refusalCode(correct(id, "X", { token: mintEditToken(other, postedAt, secret) }))).toBe(
      "edit-window-closed",
    );
    expect(await refusalCode(correct(id, "X", { at: minutes(10) }))).toBe("edit-window-closed");
    expect(await row(id)).toMatchObject({ body: "Original", editedAt: null });
    const binned = await comment("trash");
    expect(await refusalCode(correct(binned, "X"))).toBe("comment-not-found");
  });

  it("loses to a moderator who dealt with the comment while the correction was on its way", async () => {
    const id = await comment("approved", "Before");
    // The moderator trashes it between the author's read and write.
    const racing = new Proxy(temp.db, {
      get(db, key) {
        if (key !== "comment") return Reflect.get(db, key);
        return new Proxy(db.comment, {
          get(model, method) {
            if (method !== "findUnique") return Reflect.get(model, method);
            return async (args: Parameters<typeof model.findUnique>[0]) => {
              const read = await model.findUnique(args);
              await model.update({ where: { id }, data: { status: "trash" } });
              return read;
            };
          },
        });
      },
    });
    const refused = correctComment(
      racing,
      { commentId: id, comment: "After" },
      {
        token: mintEditToken(id, postedAt, secret),
        secret,
        now: minutes(5),
      },
    );
    expect(await refusalCode(refused)).toBe("comment-changed");
    expect(await row(id)).toMatchObject({ status: "trash", body: "Before", editedAt: null });
  });

  it("changes nothing for the same text, and refuses a text the author already posted there", async () => {
    const id = await comment("approved", "Same");
    expect(await correct(id, "Same")).toMatchObject({ shownChanged: false });
    expect((await row(id)).editedAt).toBeNull();
    const first = await comment("approved", "First");
    const second = await comment("approved", "Second");
    await temp.db.comment.update({
      where: { id: second },
      data: { authorEmail: (await row(first)).authorEmail },
    });
    await correct(first, "Shared text");
    expect(await refusalCode(correct(second, "Shared text"))).toBe("duplicate-comment");
    expect((await row(second)).body).toBe("Second");
  });
});
