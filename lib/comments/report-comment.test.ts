import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listCommentQueue } from "../newsroom/comment-queue";
import { moderateComments } from "../newsroom/moderate-comments";
import { COMMENT_SETTINGS_KEY } from "../settings/comment-settings";
import { refusalCode } from "../testing/expect-refusal";
import {
  createTemporaryDatabase,
  postgresAnswers,
  type TemporaryDatabase,
} from "../testing/temporary-database";
import { reportInput } from "../validation/report";
import { mintFormToken } from "./form-token";
import { REPORTED_REASON, reportComment, reporterKey, type ReportContext } from "./report-comment";

const providers = ["sqlite", ...((await postgresAnswers()) ? ["postgresql" as const] : [])] as const;
const secret = "r".repeat(32);
const now = new Date("2026-12-03T12:00:00Z");
const moderator = { id: "m", name: "Mo", email: "mo@example.com", role: "moderator" as const };

describe("reporterKey", () => {
  it("is one key per comment and client, and holds no address", () => {
    const key = reporterKey(7, "2001:db8:1:2::5", secret);
    expect(reporterKey(7, "2001:db8:1:2::99", secret)).toBe(key); // the same /64
    expect(reporterKey(8, "2001:db8:1:2::5", secret)).not.toBe(key);
    expect(reporterKey(7, "2001:db8:1:3::5", secret)).not.toBe(key);
    expect(reporterKey(7, "2001:db8:1:2::5", "s".repeat(32))).not.toBe(key);
    expect(key).not.toMatch(/2001|db8/);
  });
});

describe.each(providers)("reporting a comment on %s", (provider) => {
  let temp: TemporaryDatabase;
  let storyId: number;
  let otherStoryId: number;
  let n = 0;

  beforeAll(async () => {
    temp = await createTemporaryDatabase(provider);
    // The audit log names the moderator by account.
    await temp.db.user.create({ data: { ...moderator } });
    const section = await temp.db.section.create({ data: { slug: "world", name: "World" } });
    const story = (slug: string) =>
      temp.db.article.create({
        data: {
          slug,
          headline: slug,
          body: "B",
          place: "Kiel",
          agency: "DPA",
          sectionId: section.id,
          status: "published",
          publishedAt: now,
          updatedAt: now,
        },
      });
    storyId = (await story("ferry")).id;
    otherStoryId = (await story("bakery")).id;
    await temp.db.setting.create({ data: { key: COMMENT_SETTINGS_KEY, value: '{"reportThreshold":2}' } });
  });
  afterAll(async () => {
    await temp?.drop();
  });

  const comment = async (status: "approved" | "pending" = "approved", articleId = storyId) =>
    (
      await temp.db.comment.create({
        data: {
          articleId,
          authorName: "Writer",
          authorEmail: "w@example.com",
          body: `Text ${++n}`,
          status,
          moderationReason: "known-commenter",
          ip: "192.0.2.1",
          fingerprint: `f-${n}`,
        },
      })
    ).id;
  const context = (ip: string, overrides: Partial<ReportContext> = {}): ReportContext => ({
    ip,
    secret,
    takeTurn: async () => true,
    now,
    ...overrides,
  });
  const input = (commentId: number, overrides: Record<string, unknown> = {}) =>
    reportInput.parse({
      storyId,
      commentId,
      reason: "abuse",
      note: "",
      formToken: mintFormToken(storyId, secret, now.getTime() - 10_000 - ++n),
      ...overrides,
    });
  const report = (commentId: number, ip: string, overrides: Record<string, unknown> = {}, ctx = {}) =>
    reportComment(temp.db, input(commentId, overrides), context(ip, ctx));

  it("records a report, refuses a second one from the same reader, and hides the comment at the threshold", async () => {
    const id = await comment();
    expect(await report(id, "198.51.100.1", { note: "  Personal attack  " })).toEqual({
      hidden: false,
      storyId,
    });
    expect(await refusalCode(report(id, "198.51.100.1"))).toBe("already-reported");
    expect(await temp.db.comment.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "approved" });

    expect(await report(id, "198.51.100.2", { reason: "spam" })).toEqual({ hidden: true, storyId });
    expect(await temp.db.comment.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "pending",
      moderationReason: REPORTED_REASON,
    });
    // Hidden now: a third reader cannot report what they cannot see.
    expect(await refusalCode(report(id, "198.51.100.3"))).toBe("comment-not-found");

    const queue = await listCommentQueue(temp.db, moderator, { status: "reported", page: 1 });
    expect(queue.counts.reported).toBeGreaterThanOrEqual(1);
    expect(queue.comments[0]).toMatchObject({
      id,
      status: "pending",
      reports: { count: 2, byReason: { abuse: 1, spam: 1 }, notes: ["Personal attack"] },
    });

    // Keep: shown again, and the reports no longer count.
    expect(await moderateComments(temp.db, moderator, { ids: [id], action: "dismiss" })).toEqual({
      changed: 1,
      unread: 0,
      storyIds: [storyId],
    });
    expect((await temp.db.comment.findUniqueOrThrow({ where: { id } })).status).toBe("approved");
    expect(await temp.db.commentReport.count({ where: { commentId: id } })).toBe(0);
    expect((await temp.db.commentTally.findUniqueOrThrow({ where: { articleId: storyId } })).approved).toBe(
      1,
    );
  });

  it("refuses bots, held comments, other stories' comments and readers over the limit, writing nothing", async () => {
    const id = await comment();
    const before = await temp.db.commentReport.count();
    expect(await refusalCode(report(id, "203.0.113.1", { homepage: "x" }))).toBe("rejected-as-bot");
    expect(await refusalCode(report(id, "203.0.113.1", { formToken: "forged" }))).toBe("form-expired");
    expect(await refusalCode(report(await comment("pending"), "203.0.113.1"))).toBe("comment-not-found");
    expect(await refusalCode(report(await comment("approved", otherStoryId), "203.0.113.1"))).toBe(
      "comment-not-found",
    );
    expect(await refusalCode(report(id, "203.0.113.1", {}, { takeTurn: async () => false }))).toBe(
      "too-many-reports",
    );
    expect(await temp.db.commentReport.count()).toBe(before);
  });

  it("reports from two readers at the same moment both count: the second reaching the threshold hides", async () => {
    const id = await comment();
    const outcomes = await Promise.all([report(id, "192.0.2.60"), report(id, "192.0.2.61")]);
    expect(outcomes.map((outcome) => outcome.hidden).sort()).toEqual([false, true]);
    expect((await temp.db.comment.findUniqueOrThrow({ where: { id } })).status).toBe("pending");
  });

  it("two reports from one reader at the same moment store one", async () => {
    const id = await comment();
    const outcomes = await Promise.allSettled([report(id, "192.0.2.50"), report(id, "192.0.2.50")]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(await temp.db.commentReport.count({ where: { commentId: id } })).toBe(1);
  });

  it("checks the reason and the note with sentences", () => {
    const errors = (post: object) =>
      reportInput
        .safeParse({ storyId: 1, commentId: 1, reason: "abuse", ...post })
        .error?.issues.map((i) => i.message);
    expect(errors({ reason: "" })).toEqual(["Choose why you are reporting this comment."]);
    expect(errors({ reason: "lies" })).toEqual(["Choose why you are reporting this comment."]);
    expect(errors({ note: "x".repeat(501) })).toEqual(["Keep it to 500 characters."]);
    expect(errors({ note: "a\u0000b" })).toEqual(["Your note contains characters that could not be read."]);
    expect(reportInput.parse({ storyId: 1, commentId: 1, reason: "other", note: " " }).note).toBeNull();
  });
});
