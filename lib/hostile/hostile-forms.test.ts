import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createComment } from "../comments/create-comment";
import { mintFormToken } from "../comments/form-token";
import { Refusal } from "../errors";
import { seedDemoContent } from "../import/seed-demo-content";
import { shareStory } from "../sharing/share-story";
import { HOSTILE_STRINGS } from "../testing/hostile-strings";
import {
  createTemporaryDatabase,
  postgresAnswers,
  type TemporaryDatabase,
} from "../testing/temporary-database";
import { commentInput, correctionInput } from "../validation/comment";
import { looksLikeLink } from "../validation/link-like";
import { shareInput } from "../validation/share";
import { reportComment } from "../comments/report-comment";
import { COMMENT_SETTINGS_KEY } from "../settings/comment-settings";
import { reportInput } from "../validation/report";
import { correctComment } from "../comments/correct-comment";
import { mintEditToken } from "../comments/edit-token";
import { confirmReplyEmails, getReplyEmailAddress, stopReplyEmails } from "../comments/reply-emails";
import { createAccountLimiters } from "../auth/account-limits";
import { createAuth } from "../auth/create-auth";
import { requestPasswordReset, resetPassword } from "../auth/password-reset";
import {
  acceptInvitation,
  changeStaffRole,
  getInvitation,
  inviteStaff,
  setStaffDisabled,
} from "../newsroom/staff-accounts";
import {
  invitationForm,
  newPasswordForm,
  passwordResetRequestForm,
  roleChangeForm,
  staffUserForm,
} from "../validation/accounts";

// Every field of the reader's forms, driven with every hostile string through the same
// checks and use cases the server runs, on a real database: each post is refused, or stored
// as readers may see it; a refused post writes nothing and queues no email.
const providers = ["sqlite", ...((await postgresAnswers()) ? ["postgresql" as const] : [])] as const;
const secret = "h".repeat(32);
const now = new Date("2026-12-02T12:00:00Z");
const token = (storyId: number) => mintFormToken(storyId, secret, now.getTime() - 10_000);

const mail = { siteUrl: "https://news.example", siteName: "Dateline", mailFrom: "news@example.com" };

const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/u;
const TURNS_TEXT_ROUND = /[\u202a-\u202e\u2066-\u2069\ufeff]/u;
const INVISIBLE_IN_NAME = /[\u200b\u200e\u200f\u061c\u2060\u180e\u00ad]/u;

type Outcome = "refused by the checks" | "refused by the use case" | "stored";

describe.each(providers)("hostile input through the reader's forms on %s", (provider) => {
  let temp: TemporaryDatabase;
  let storyId: number;
  let n = 0;
  const ip = () => `198.18.${Math.floor(++n / 250) % 250}.${n % 250}`;

  beforeAll(async () => {
    temp = await createTemporaryDatabase(provider);
    await seedDemoContent(temp.db);
    storyId = (
      await temp.db.article.findUniqueOrThrow({
        where: { slug: "no-progress-as-kerry-lavrov-meet-on-syria-us" },
      })
    ).id;
  });
  afterAll(async () => {
    await temp?.drop();
  });

  it("Leave a Reply: every field, every hostile string", { timeout: 300_000 }, async () => {
    const fields = [
      "comment",
      "name",
      "email",
      "website",
      "parentId",
      "storyId",
      "formToken",
      "homepage",
      "notify",
    ];
    const counts: Record<Outcome, number> = {
      "refused by the checks": 0,
      "refused by the use case": 0,
      stored: 0,
    };
    const before = await temp.db.comment.count();
    for (const field of fields) {
      for (const hostile of HOSTILE_STRINGS) {
        const post = {
          storyId: String(storyId),
          comment: `A fair point, number ${++n}.`,
          name: "Ada",
          email: `ada${n}@example.com`,
          website: "",
          formToken: token(storyId),
          // Every stored comment asks for reply emails, so hostile addresses reach the opt-in too.
          notify: "on",
          [field]: hostile,
        };
        const parsed = commentInput.safeParse(post);
        if (!parsed.success) {
          counts["refused by the checks"]++;
          continue;
        }
        try {
          await createComment(temp.db, parsed.data, {
            ip: ip(),
            secret,
            takeTurn: async () => true,
            replyMail: mail,
            now,
          });
          counts.stored++;
        } catch (error) {
          if (!(error instanceof Refusal)) throw error;
          counts["refused by the use case"]++;
        }
      }
    }
    const rows = await temp.db.comment.findMany({ skip: before, orderBy: { id: "asc" } });
    expect(rows).toHaveLength(counts.stored);
    for (const row of rows) {
      expect(row.authorName, JSON.stringify(row.authorName)).not.toMatch(CONTROLS);
      expect(row.authorName).not.toMatch(TURNS_TEXT_ROUND);
      expect(row.authorName).not.toMatch(INVISIBLE_IN_NAME);
      expect(row.authorName).not.toMatch(/\n/);
      expect(row.body).not.toMatch(CONTROLS);
      expect(row.body).not.toMatch(TURNS_TEXT_ROUND);
      expect(row.authorEmail).toMatch(/^[^\s@]+@[^\s@]+$/);
      if (row.authorUrl) expect(new URL(row.authorUrl).protocol).toMatch(/^https?:$/);
      // A story id written another way ("+1", "1e3") may name another story, but the token was
      // signed for this one: such a comment waits for a moderator.
      if (row.articleId !== storyId) expect(row.moderationReason).toBe("form-token-forged");
    }
    expect(counts["refused by the checks"]).toBeGreaterThan(HOSTILE_STRINGS.length);
    expect(counts.stored).toBeGreaterThan(HOSTILE_STRINGS.length);
  });

  it("Send this to a friend: every field, every hostile string", { timeout: 300_000 }, async () => {
    const fields = ["recipient", "senderName", "senderEmail", "message", "storyId", "formToken", "homepage"];
    let accepted = 0;
    const before = await temp.db.share.count();
    const outboxBefore = await temp.db.outboxMessage.count();
    for (const field of fields) {
      for (const hostile of HOSTILE_STRINGS) {
        const post = {
          storyId: String(storyId),
          recipient: `friend${++n}@example.com`,
          senderName: "Ada",
          senderEmail: "ada@example.com",
          message: "Thought of you.",
          formToken: token(storyId),
          [field]: hostile,
        };
        const parsed = shareInput.safeParse(post);
        if (!parsed.success) continue;
        try {
          await shareStory(temp.db, parsed.data, {
            ip: ip(),
            secret,
            siteUrl: "https://news.example",
            siteName: "Dateline",
            mailFrom: "Dateline <news@dateline.test>",
            takeTurn: async () => true,
            now,
          });
          accepted++;
        } catch (error) {
          if (!(error instanceof Refusal)) throw error;
        }
      }
    }
    const shares = await temp.db.share.findMany({
      skip: before,
      include: { outbox: true },
      orderBy: { id: "asc" },
    });
    expect(shares).toHaveLength(accepted);
    expect(await temp.db.outboxMessage.count()).toBe(outboxBefore + accepted);
    for (const share of shares) {
      for (const written of [share.senderName, share.message ?? ""]) {
        expect(looksLikeLink(written), JSON.stringify(written)).toBe(false);
        expect(written).not.toMatch(CONTROLS);
        expect(written).not.toMatch(TURNS_TEXT_ROUND);
        expect(written).not.toMatch(/[\r\n\u2028\u2029\u0085]/);
      }
      expect(share.senderName).not.toMatch(INVISIBLE_IN_NAME);
      expect(share.recipientEmail).toMatch(/^[^\s@,;<>]+@[^\s@,;<>]+$/);
      expect(share.outbox?.toAddress).toBe(share.recipientEmail);
      expect(share.outbox?.subject).not.toMatch(/[\r\n]/);
      // The links in the email are the story's and the block page's, nothing a reader wrote.
      const links = share.outbox?.text.match(/https?:\/\/\S+/g) ?? [];
      expect(links.every((link) => link.startsWith("https://news.example/"))).toBe(true);
    }
    expect(accepted).toBeGreaterThan(HOSTILE_STRINGS.length);
  });

  it("Report this comment: every field, every hostile string", { timeout: 300_000 }, async () => {
    // Every post comes from another client; the comment must stay up for all of them.
    await temp.db.setting.upsert({
      where: { key: COMMENT_SETTINGS_KEY },
      create: { key: COMMENT_SETTINGS_KEY, value: '{"reportThreshold":1000000}' },
      update: { value: '{"reportThreshold":1000000}' },
    });
    const commentId = (
      await temp.db.comment.create({
        data: {
          articleId: storyId,
          authorName: "Target",
          authorEmail: "target@example.com",
          body: "Reported many times.",
          status: "approved",
          moderationReason: "known-commenter",
          ip: "192.0.2.1",
          fingerprint: "hostile-report-target",
        },
      })
    ).id;
    const fields = ["reason", "note", "commentId", "storyId", "formToken", "homepage"];
    let accepted = 0;
    const before = await temp.db.commentReport.count();
    for (const field of fields) {
      for (const hostile of HOSTILE_STRINGS) {
        const post = {
          storyId: String(storyId),
          commentId: String(commentId),
          reason: "other",
          note: "",
          formToken: token(storyId),
          [field]: hostile,
        };
        const parsed = reportInput.safeParse(post);
        if (!parsed.success) continue;
        try {
          await reportComment(temp.db, parsed.data, { ip: ip(), secret, takeTurn: async () => true, now });
          accepted++;
        } catch (error) {
          if (!(error instanceof Refusal)) throw error;
        }
      }
    }
    // An id written another way ("+12", "1e1") may name another of the story's comments: reported too.
    const reports = await temp.db.commentReport.findMany({ skip: before, orderBy: { id: "asc" } });
    expect(reports).toHaveLength(accepted);
    // Most hostile notes are stored as text (the rest fail its checks); other fields' strings are refused.
    expect(reports.filter((report) => report.commentId === commentId).length).toBeGreaterThan(
      HOSTILE_STRINGS.length / 2,
    );
    for (const report of reports) {
      expect(report.note ?? "").not.toMatch(CONTROLS);
      expect(report.note ?? "").not.toMatch(TURNS_TEXT_ROUND);
      expect(["spam", "abuse", "off_topic", "other"]).toContain(report.reason);
    }
    await temp.db.setting.delete({ where: { key: COMMENT_SETTINGS_KEY } });
  });

  it("Correct your comment: every field, every hostile string", { timeout: 300_000 }, async () => {
    const commentId = (
      await temp.db.comment.create({
        data: {
          articleId: storyId,
          authorName: "Corrector",
          authorEmail: "corrector@example.com",
          body: "Fisrt draft.",
          status: "approved",
          moderationReason: "known-commenter",
          ip: "192.0.2.1",
          fingerprint: "hostile-correction-target",
          createdAt: now,
        },
      })
    ).id;
    const editToken = mintEditToken(commentId, now, secret);
    let saved = 0;
    for (const field of ["comment", "commentId"]) {
      for (const hostile of HOSTILE_STRINGS) {
        const parsed = correctionInput.safeParse({
          commentId: String(commentId),
          comment: "First draft.",
          [field]: hostile,
        });
        if (!parsed.success) continue;
        try {
          await correctComment(temp.db, parsed.data, { token: editToken, secret, now });
          saved++;
        } catch (error) {
          if (!(error instanceof Refusal)) throw error;
        }
        // Every save, not only the last, is stored as readers may see it.
        const { body } = await temp.db.comment.findUniqueOrThrow({ where: { id: commentId } });
        expect(body, JSON.stringify(hostile)).not.toMatch(CONTROLS);
        expect(body).not.toMatch(TURNS_TEXT_ROUND);
      }
    }
    const row = await temp.db.comment.findUniqueOrThrow({ where: { id: commentId } });
    expect(row.body).not.toMatch(CONTROLS);
    expect(row.body).not.toMatch(TURNS_TEXT_ROUND);
    expect(saved).toBeGreaterThan(HOSTILE_STRINGS.length / 2);
  });

  it("reply email links: every hostile token is unknown and changes nothing", async () => {
    const before = await temp.db.replyNotifyAddress.findMany({ orderBy: { email: "asc" } });
    for (const hostile of HOSTILE_STRINGS) {
      expect(await getReplyEmailAddress(temp.db, hostile)).toBeNull();
      expect(await confirmReplyEmails(temp.db, hostile, now)).toBe(false);
      expect(await stopReplyEmails(temp.db, hostile, now)).toBe(false);
    }
    expect(await temp.db.replyNotifyAddress.findMany({ orderBy: { email: "asc" } })).toEqual(before);
  });
});

// The newsroom's account forms: the signed-out ones (forgot password, new password behind a
// reset or invitation link) and the staff page's (invite, change role, disable).
describe.each(providers)("hostile input through the account forms on %s", (provider) => {
  let temp: TemporaryDatabase;
  const admin = { id: "hostile-admin", name: "Ada", email: "ada@news.example", role: "admin" as const };

  beforeAll(async () => {
    temp = await createTemporaryDatabase(provider);
    await temp.db.user.create({ data: { ...admin, emailVerified: true } });
  });
  afterAll(async () => {
    await temp?.drop();
  });

  it(
    "forgot password and new password: every field, every hostile string",
    { timeout: 300_000 },
    async () => {
      const auth = createAuth({
        db: temp.db,
        provider,
        secret: "s".repeat(32),
        baseURL: mail.siteUrl,
        appName: "Dateline",
        secureCookies: true,
        mail,
      });
      let n = 0;
      for (const hostile of HOSTILE_STRINGS) {
        const context = { auth, db: temp.db, ip: `198.18.0.${++n % 250}`, limiters: createAccountLimiters() };
        const request = passwordResetRequestForm.safeParse({ email: hostile });
        if (request.success) await requestPasswordReset(request.data.email, context);
        for (const field of ["token", "password", "confirm"]) {
          const post = {
            token: "A".repeat(24),
            password: "a long enough password",
            confirm: "a long enough password",
          };
          const parsed = newPasswordForm.safeParse({ ...post, [field]: hostile });
          if (!parsed.success) continue;
          // No link was ever sent: each is refused as unknown, whatever the token holds.
          await expect(resetPassword(parsed.data, context)).rejects.toThrow(
            new Refusal("reset-link-invalid"),
          );
          await expect(acceptInvitation(temp.db, parsed.data)).rejects.toThrow(
            new Refusal("invitation-invalid"),
          );
          expect(await getInvitation(temp.db, parsed.data.token)).toBeNull();
        }
      }
      // Nobody but the admin has an account, so no reset email went anywhere and no password was set.
      expect(await temp.db.outboxMessage.count()).toBe(0);
      expect(await temp.db.account.count()).toBe(0);
    },
  );

  it("the staff page: every field, every hostile string", { timeout: 300_000 }, async () => {
    let invited = 0;
    let n = 0;
    for (const field of ["name", "email", "role"]) {
      for (const hostile of HOSTILE_STRINGS) {
        const post = {
          name: `Person ${++n}`,
          email: `person${n}@news.example`,
          role: "editor",
          [field]: hostile,
        };
        const parsed = invitationForm.safeParse(post);
        if (!parsed.success) continue;
        try {
          await inviteStaff(temp.db, admin, parsed.data, mail);
          invited++;
        } catch (error) {
          if (!(error instanceof Refusal)) throw error;
        }
      }
    }
    const users = await temp.db.user.findMany({ where: { id: { not: admin.id } } });
    expect(users).toHaveLength(invited);
    for (const user of users) {
      expect(user.name, JSON.stringify(user.name)).not.toMatch(CONTROLS);
      expect(user.name).not.toMatch(TURNS_TEXT_ROUND);
      expect(user.name).not.toMatch(/\n/);
      expect(user.email).toMatch(/^[^\s@A-Z]+@[^\s@A-Z]+$/);
    }
    for (const message of await temp.db.outboxMessage.findMany())
      expect(message.subject).not.toMatch(/[\r\n]/);

    const someone = users[0]!;
    for (const hostile of HOSTILE_STRINGS) {
      for (const post of [
        { userId: hostile, role: "moderator" },
        { userId: someone.id, role: hostile },
      ]) {
        const parsed = roleChangeForm.safeParse(post);
        if (!parsed.success) continue;
        await changeStaffRole(temp.db, admin, parsed.data).catch((error: unknown) => {
          if (!(error instanceof Refusal)) throw error;
        });
      }
      const disable = staffUserForm.safeParse({ userId: hostile });
      if (disable.success)
        await expect(
          setStaffDisabled(temp.db, admin, { userId: disable.data.userId, disabled: true }),
        ).rejects.toThrow(new Refusal("staff-not-found"));
    }
    expect(await temp.db.user.count({ where: { disabledAt: { not: null } } })).toBe(0);
    expect((await temp.db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("admin");
  });
});
