import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { simpleParser, type ParsedMail } from "mailparser";

let visitor = 0;
/** Each test speaks from its own address (the e2e server trusts X-Forwarded-For), so one test's limits do not touch another's. */
export async function asNewVisitor(page: Page) {
  visitor++;
  const n = (process.pid * 13 + visitor * 7) % 65_000;
  await page.setExtraHTTPHeaders({
    "x-forwarded-for": `10.${Math.floor(n / 250)}.${n % 250}.${visitor % 250}`,
  });
}

/** Forms refuse posts sent within 3 s of rendering, as bots send them. */
export const readingPause = (page: Page) => page.waitForTimeout(3_200);

export const unique = (label: string) => `${label} ${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
export const uniqueAddress = (label: string) =>
  `${unique(label).replace(/\W/g, "").toLowerCase()}@example.com`;

/** The email the test SMTP server received for this recipient (scripts/e2e.ts writes each as an .eml file). */
export async function mailTo(
  recipient: string,
  { containing = "", timeout = 10_000 }: { containing?: string; timeout?: number } = {},
): Promise<ParsedMail> {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error("E2E_MAIL_DIR is not set: run the suite through npm run test:e2e");
  let found: ParsedMail | undefined;
  await expect
    .poll(
      async () => {
        for (const file of readdirSync(dir)) {
          const mail = await simpleParser(readFileSync(path.join(dir, file)));
          const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
          const addressed = to.some((address) => address.value.some((v) => v.address === recipient));
          if (addressed && (mail.text ?? "").includes(containing)) found = mail;
        }
        return found !== undefined;
      },
      { timeout, intervals: [200, 500] },
    )
    .toBe(true);
  return found!;
}
