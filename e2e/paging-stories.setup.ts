import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test as setup } from "@playwright/test";

/**
 * For finding.spec.ts: 22 old stories in a section of their own (enough for two pages of 20),
 * and one scheduled for next year, imported through the real CLI, which tells the running
 * server to revalidate. A setup project runs it once, not once per worker at the same time.
 */
setup("import the paging stories", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "dateline-paging-"));
  const files = Array.from({ length: 23 }, (_, i) => {
    const scheduled = i === 22;
    const file = path.join(dir, `paging-${i}.txt`);
    writeFileSync(
      file,
      [
        "---",
        `date: ${scheduled ? "2099-01-01T00:00:00Z" : `2015-03-${String(i + 1).padStart(2, "0")}T08:00:00Z`}`,
        "section: Paging Desk",
        `slug: ${scheduled ? "scheduled-secret-story" : `paging-story-${i + 1}`}`,
        `tags: [Paging]`,
        `byline: Page Turner`,
        "---",
        scheduled ? "Scheduled secret zeppelin story" : `Paging story number ${i + 1}`,
        "",
        "Kiel / Paging Wire",
        "",
        scheduled ? "Nobody may read about the zeppelin yet." : `Body of paging story ${i + 1}.`,
        "",
      ].join("\n"),
    );
    return file;
  });
  execFileSync(process.execPath, ["--import", "tsx", "scripts/import.ts", ...files], { stdio: "pipe" });
  rmSync(dir, { recursive: true, force: true });
});

