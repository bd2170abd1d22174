import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { erasePerson } from "../privacy/erase-person";
import { exportPerson } from "../privacy/export-person";
import { eraseRequest, privacyEmail } from "../privacy/privacy-request";
import { HOSTILE_STRINGS } from "../testing/hostile-strings";
import {
  createTemporaryDatabase,
  postgresAnswers,
  type TemporaryDatabase,
} from "../testing/temporary-database";
import { sitePageForm } from "./site-page-form";
import { getSitePage, saveSitePage } from "./site-pages";

const providers = ["sqlite", ...((await postgresAnswers()) ? ["postgresql" as const] : [])] as const;
const admin = { id: "a", name: "Admin", email: "admin@example.com", role: "admin" as const };
const editor = { ...admin, role: "editor" as const };
const page = { slug: "about", title: "About us", body: "We report." };

describe("the page editor's checks", () => {
  it("takes a page's title and Markdown text, and says what is wrong in a sentence", () => {
    expect(sitePageForm.parse({ ...page, body: "  Line one\r\nLine two  " })).toEqual({
      ...page,
      body: "Line one\nLine two",
    });
    const errors = (post: object) =>
      sitePageForm.safeParse({ ...page, ...post }).error?.issues.map((issue) => issue.message);
    expect(errors({ title: " " })).toEqual(["Enter the page's title."]);
    expect(errors({ title: "x".repeat(121) })).toEqual(["The title can have at most 120 characters."]);
    expect(errors({ title: "Two\nlines" })).toEqual(["The title must be one line of text."]);
    expect(errors({ body: "" })).toEqual(["Enter the page's text."]);
    expect(errors({ body: "x".repeat(20_001) })).toEqual(["The text can have at most 20,000 characters."]);
    expect(errors({ slug: "privacy" })).toHaveLength(1);
  });
});

describe.each(providers)("site pages and privacy requests with hostile input on %s", (provider) => {
  let temp: TemporaryDatabase;

  beforeAll(async () => {
    temp = await createTemporaryDatabase(provider);
    // The audit log names the admin by account.
    await temp.db.user.create({ data: { ...admin } });
  });
  afterAll(async () => {
    await temp?.drop();
  });

  it("shows the first text until an admin saves, then what was saved; other roles are refused", async () => {
    expect(await getSitePage(temp.db, "about", "The Courier")).toMatchObject({
      title: "About The Courier",
      updatedAt: null,
    });
    await expect(saveSitePage(temp.db, editor, "about", page)).rejects.toMatchObject({ code: "forbidden" });
    await expect(saveSitePage(temp.db, null, "about", page)).rejects.toMatchObject({ code: "signed-out" });
    const at = new Date("2026-12-03T09:00:00Z");
    await saveSitePage(temp.db, admin, "about", page, at);
    expect(await getSitePage(temp.db, "about", "The Courier")).toEqual({ ...page, updatedAt: at });
    expect((await getSitePage(temp.db, "contact", "The Courier")).updatedAt).toBeNull();
  });

  it("every hostile string in every field is refused by the checks or stored and read back as sent", async () => {
    let stored = 0;
    for (const field of ["slug", "title", "body"] as const) {
      for (const hostile of HOSTILE_STRINGS) {
        const parsed = sitePageForm.safeParse({
          slug: "contact",
          title: "Contact",
          body: "Write to us.",
          [field]: hostile,
        });
        if (!parsed.success) {
          expect(parsed.error.issues[0]!.message).toMatch(/^(Enter|The |Invalid option)/);
          continue;
        }
        await saveSitePage(temp.db, admin, parsed.data.slug, parsed.data);
        const back = await getSitePage(temp.db, parsed.data.slug, "Dateline");
        expect([back.title, back.body]).toEqual([parsed.data.title, parsed.data.body]);
        stored++;
      }
    }
    expect(stored).toBeGreaterThan(HOSTILE_STRINGS.length);
  });

  it("a privacy request's address: hostile strings are refused, or looked up and erased without harm", async () => {
    let asked = 0;
    for (const hostile of HOSTILE_STRINGS) {
      const email = privacyEmail.safeParse(hostile);
      if (!email.success) continue;
      await exportPerson(temp.db, email.data);
      expect(await erasePerson(temp.db, email.data, { removeText: true })).toMatchObject({
        commentsAnonymised: 0,
      });
      asked++;
    }
    // The erase form's boxes: only a ticked confirmation ("on") lets an erasure through.
    for (const field of ["removeText", "confirm"] as const) {
      for (const hostile of HOSTILE_STRINGS) {
        const post = { email: "a@example.com", removeText: "", confirm: "on", [field]: hostile };
        const parsed = eraseRequest.safeParse(post);
        if (parsed.success) expect(post.confirm).toBe("on");
        else
          expect(parsed.error.issues[0]!.message).toBe(
            "Tick the box to confirm: an erasure cannot be undone.",
          );
      }
    }
    // Most are not addresses at all; the few that are (quotes, plus signs, long ones) were looked up.
    expect(asked).toBeGreaterThan(0);
    expect(asked).toBeLessThan(HOSTILE_STRINGS.length / 4);
  });
});
